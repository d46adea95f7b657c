@fields @protocol
Feature: Optional field protocol
  protocol keeps [0-9a-zA-Z] and must then be exactly one of IAX2, SIP, Zap or EXTERNAL, with that case.
  PJSIP is a valid value of the database column, but the API refuses it.

  Background:
    Given a test phone

  Scenario Outline: protocol "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with protocol "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has protocol "<stored>"

    Examples:
      | sent     | stored   |
      | SIP      | SIP      |
      | IAX2     | IAX2     |
      | Zap      | Zap      |
      | EXTERNAL | EXTERNAL |
      | S-I-P    | SIP      |

  Scenario Outline: protocol "<sent>" is refused
    When the admin updates the phone with protocol "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID PROTOCOL: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent  | why                                   |
      | PJSIP | valid in the database, not in the API |
      | sip   | the comparison is case-sensitive      |
