@fields @registration_password @phone_pass
Feature: Optional fields registration_password and phone_pass
  registration_password (stored as conf_secret) and phone_pass (stored as pass) keep [-_0-9a-zA-Z] and must be
  2 to 30 characters; the documentation says 1 to 20. Before 2.14-168 the conf_secret column holds only 20
  characters (from 2.14-168 on, 100). Reports mask both values.

  Background:
    Given a test phone

  Scenario: a registration_password of 2 characters, the minimum, is accepted
    When the admin updates the phone with registration_password "rp"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has registration_password "rp"

  Scenario: a registration_password of 30 characters is cut to 20 before 2.14-168, and kept whole from 2.14-168 on
    When the admin updates the phone with registration_password "{r*30}"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And before 2.14-168 the phone now has registration_password "{r*20}"
    And from 2.14-168 on the phone now has registration_password "{r*30}"

  Scenario Outline: a registration_password of length <length> is refused
    When the admin updates the phone with registration_password "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID REGISTRATION PASSWORD: |{user}|<sent>"
    And nothing was written

    Examples:
      | length | sent   |
      | 1      | r      |
      | 31     | {r*31} |

  Scenario Outline: a phone_pass of length <length> is accepted
    When the admin updates the phone with phone_pass "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_pass "<sent>"

    Examples:
      | length | sent   |
      | 2      | pp     |
      | 30     | {p*30} |

  Scenario Outline: a phone_pass of length <length> is refused
    When the admin updates the phone with phone_pass "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |{user}|<sent>"
    And nothing was written

    Examples:
      | length | sent   |
      | 1      | p      |
      | 31     | {p*31} |
