@fields @admin_user_group
Feature: Optional field admin_user_group
  admin_user_group (stored as the phone's user_group) keeps [-_0-9a-zA-Z] and must be 2 to 20 characters.
  Contrary to the documentation, nothing checks that such a user group exists.

  Background:
    Given a test phone

  Scenario Outline: admin_user_group "<sent>" is accepted and stored
    When the admin updates the phone with admin_user_group "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has admin_user_group "<sent>"

    Examples:
      | sent                 | why                                  |
      | AB                   | 2 characters, the minimum            |
      | {G*20}               | 20 characters, the maximum           |
      | ---ALL---            | the group every user sees            |
      | {PREFIX}NOSUCHGROUP  | a group that does not exist          |

  Scenario Outline: admin_user_group "<sent>" is refused
    When the admin updates the phone with admin_user_group "<sent>"
    Then the answer is "ERROR: update_phone USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent   |
      | A      |
      | {G*21} |
