@fields @local_gmt
Feature: Optional field local_gmt (the phone's time zone)
  local_gmt keeps only [-.0-9] and must then equal one of the 33 offsets from 12.75 to -12.00 the way PHP's
  loose comparison sees it: a numeric string is compared as a number, so -5, -5.0 and 5.5 pass. The value is
  stored as sent (after filtering), cut to the column's 6 characters.

  Background:
    Given a test phone

  Scenario Outline: local_gmt "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with local_gmt "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has local_gmt "<stored>"

    Examples:
      | sent      | stored | why                                             |
      | -5.00     | -5.00  | one of the list                                 |
      | 12.75     | 12.75  | the highest offset                              |
      | -5        | -5     | numerically equal to -5.00                      |
      | 5.5       | 5.5    | numerically equal to 5.50                       |
      | +5.00     | 5.00   | the plus sign is filtered out                   |
      | 1e1       | 11     | the e is filtered out, leaving 11               |
      | 12.750000 | 12.750 | numerically equal, then cut to 6 characters     |
      | 0         | 0      | numerically equal to 0.00                       |
      | -3.5      | -3.5   | numerically equal to -3.50                      |

  Scenario Outline: local_gmt "<sent>" is not a time zone
    When the admin updates the phone with local_gmt "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent  |
      | 13.00 |
      | 99    |
