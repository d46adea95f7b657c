@fields @active
Feature: Optional field active
  active keeps only capital letters and must then be Y or N. The official documentation does not list this
  field for update_phone at all. A lower-case value filters to nothing and is ignored, which leaves nothing to
  write: NO UPDATES DEFINED before 2.14-128, an (empty) success from 2.14-128 on.

  Background:
    Given a test phone

  Scenario Outline: active "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with active "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has active "<stored>"

    Examples:
      | sent | stored | why                              |
      | N    | N      |                                  |
      | Y    | Y      |                                  |
      | Yes  | Y      | the lower-case letters are filtered out |

  Scenario Outline: active "<sent>" is refused
    When the admin updates the phone with active "<sent>"
    Then the answer is "ERROR: update_phone ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent |
      | X    |
      | YN   |

  Scenario: a lower-case active is filtered to nothing and ignored
    When the admin updates the phone with active "n"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has active "Y"
