@fields @phone_context @phone_full_name
Feature: Optional fields phone_context and phone_full_name
  phone_context keeps [-_0-9a-zA-Z] and must be 2 to 30 characters; its column holds only 20, so longer values
  are cut. phone_full_name (stored as fullname) keeps [- +._0-9a-zA-Z] and must be 2 to 30 characters; the
  documentation's "1 to 50" is wrong on both ends.

  Background:
    Given a test phone

  Scenario Outline: phone_context "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with phone_context "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_context "<stored>"

    Examples:
      | sent    | stored  | why                                    |
      | xy      | xy      | 2 characters, the minimum              |
      | {c*30}  | {c*20}  | 30 characters, the maximum, cut to 20  |
      | a.b     | ab      | the dot is filtered out                |

  Scenario Outline: phone_context "<sent>" is too short or too long
    When the admin updates the phone with phone_context "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID PHONE CONTEXT: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent   |
      | x      |
      | {c*31} |

  Scenario Outline: phone_full_name "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with phone_full_name "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_full_name "<stored>"

    Examples:
      | sent                | stored          | why                                  |
      | Jo                  | Jo              | 2 characters, the minimum            |
      | {n*30}              | {n*30}          | 30 characters, the maximum           |
      | O'Brien Smith+Jr    | OBrien Smith+Jr | the quote is filtered out, + is kept |
      | José                | Jos             | letters outside ASCII are filtered out |

  Scenario Outline: phone_full_name "<sent>" is too short or too long
    When the admin updates the phone with phone_full_name "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID PHONE NAME: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent   |
      | J      |
      | {n*31} |
