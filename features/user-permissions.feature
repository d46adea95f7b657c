@permission
Feature: Who may update phones
  update_phone needs a user with `user_level` 8 or more, `ast_admin_access=1`, `vdc_agent_api_access=1` and
  `active=Y`. Otherwise the answer names the user and ends in `|0` (the count of permissions found), whatever
  else the request asks. The official documentation mentions only the level and "ast admin access".

  Background:
    Given a test phone

  Scenario Outline: <who> may log in but not update phones
    When <who> updates the phone with phone_full_name "Not allowed"
    Then the answer is "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |{user}|0"
    And nothing was written

    Examples:
      | who                   |
      | the level7 user       |
      | the no_ast_admin user |
      | the no_api_access user |

  Scenario: the permission is checked before the required fields
    When the level7 user updates the phone with:
      | extension | (absent) |
      | server_ip | (absent) |
    Then the answer is "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |{user}|0"

  Scenario: a user without the right to delete phones may still update them
    When the no_delete user updates the phone with phone_full_name "Updated by no_delete"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_full_name "Updated by no_delete"
