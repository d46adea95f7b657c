@delete
Feature: Deleting a phone
  `delete_phone=Y` (exactly Y, after removing everything outside [A-Z]) deletes the phone instead of updating
  it, if the user also has `ast_delete_phones=1`. No optional field is validated on that path. Any other value
  of delete_phone is ignored and the request is an ordinary update (with no field to write: NO UPDATES DEFINED
  before 2.14-128, success from 2.14-128 on). A delete is logged and makes the server rebuild its
  configuration, like an update.

  Background:
    Given a test phone

  Scenario: the admin deletes a phone
    When the admin deletes the phone
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|"
    And the change is logged as "DELETE" and the server is told to rebuild its configuration
    And the phone no longer exists

  Scenario: a user without ast_delete_phones gets a notice, and the phone stays
    When the no_delete user deletes the phone
    Then the answer is "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |{user}|0"
    And nothing was written
    And the phone still exists

  Scenario: a user without ast_delete_phones who also sends a field gets the notice, and nothing is updated
    When the no_delete user updates the phone with:
      | delete_phone    | Y              |
      | phone_full_name | ShouldNotApply |
    Then the answer is "NOTICE: update_phone USER DOES NOT HAVE PERMISSION TO DELETE PHONES: |{user}|0"
    And nothing was written

  Scenario: the fields of a delete request are not validated
    When the admin updates the phone with:
      | delete_phone | Y  |
      | local_gmt    | 99 |
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|"
    And the phone no longer exists

  Scenario: "Y " is Y once filtered, and deletes
    When the admin updates the phone with delete_phone "Y "
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|"
    And the phone no longer exists

  Scenario Outline: delete_phone=<value> is not Y, so the request is an ordinary update
    When the admin updates the phone with delete_phone "<value>"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone still exists

    Examples:
      | value |
      | y     |
      | YES   |
      | N     |

  Scenario: deleting a phone that does not exist
    When the admin updates the phone with:
      | extension    | {unknown_extension} |
      | delete_phone | Y                   |
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{unknown_extension}"
    And nothing was written

  Scenario: a user with limited viewable groups cannot delete a phone it cannot see
    Given the phone is in the user group the limited_group user cannot see
    When the limited_group user deletes the phone
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{extension}"
    And the phone still exists

  # the settings name only a hidden group; a visible one is read from the stored state (on a real server, with
  # vicidial.db.url)
  Scenario: a user with limited viewable groups may delete a phone of its own group
    Given the phone is in a user group the limited_group user may see
    When the limited_group user deletes the phone
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|"
    And the phone no longer exists

  Scenario: once deleted, the phone cannot be updated or deleted again
    When the admin deletes the phone
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|"
    When the admin updates the phone with phone_full_name "Gone"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{extension}"
    When the admin deletes the phone
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{extension}"
