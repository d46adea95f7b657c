@fields @voicemail_id @dialplan_number
Feature: Optional fields voicemail_id and dialplan_number
  voicemail_id keeps [0-9a-zA-Z] (before 2.14-168: digits only) and must be 2 to 30 characters; the column
  holds 10. dialplan_number keeps [*#0-9a-zA-Z] and must be 3 to 30 characters; the column holds 20. The
  documentation says "1 to 10 digits" and "1 to 20 digits".

  Background:
    Given a test phone

  Scenario Outline: voicemail_id "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with voicemail_id "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has voicemail_id "<stored>"

    Examples:
      | sent   | stored | why                                        |
      | 77     | 77     | 2 characters, the minimum                  |
      | {7*10} | {7*10} | 10 characters, what the column holds       |
      | {7*11} | {7*10} | cut to the column's 10                     |
      | {7*30} | {7*10} | 30 characters, the maximum, cut to 10      |

  Scenario Outline: voicemail_id "<sent>" is too short or too long
    When the admin updates the phone with voicemail_id "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID VOICEMAIL NUMBER: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent   |
      | 7      |
      | {7*31} |

  Scenario: letters in voicemail_id are removed before 2.14-168, and kept from 2.14-168 on
    When the admin updates the phone with voicemail_id "abc12"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And before 2.14-168 the phone now has voicemail_id "12"
    And from 2.14-168 on the phone now has voicemail_id "abc12"

  Scenario Outline: dialplan_number "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with dialplan_number "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has dialplan_number "<stored>"

    Examples:
      | sent   | stored | why                                   |
      | 123    | 123    | 3 characters, the minimum             |
      | {9*20} | {9*20} | 20 characters, what the column holds  |
      | {9*30} | {9*20} | 30 characters, the maximum, cut to 20 |
      | *#12   | *#12   | * and # are kept                      |

  Scenario Outline: dialplan_number "<sent>" is too short or too long
    When the admin updates the phone with dialplan_number "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID DIALPLAN NUMBER: |{user}|<shown>"
    And nothing was written

    Examples:
      | sent   | shown  | why                                  |
      | 12     | 12     | 2 characters                         |
      | 1-2    | 12     | the dash is filtered out, leaving 2  |
      | {9*31} | {9*31} | 31 characters                        |
