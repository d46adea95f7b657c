@permission
Feature: Source and function permission
  After the login, update_phone and add_phone check the `source` parameter (at least 2 characters after
  removing everything outside [0-9a-zA-Z]) and then the user's `api_allowed_functions`, which must name the
  function or contain ALL_FUNCTIONS. A bad source is answered on two lines, the first in the documented
  " - " form, the second in the real ": |" form. An accepted source with no field to write is answered NO
  UPDATES DEFINED before 2.14-128 and succeeds from 2.14-128 on.

  Background:
    Given a test phone

  Scenario: no source at all
    When the admin updates the phone with:
      | source | (absent) |
    Then the answer is:
      """
      ERROR: Invalid Source - {empty}
      ERROR: Invalid Source: ||
      """
    And nothing was written

  Scenario: a source of 1 character
    When the admin updates the phone with source "a"
    Then the answer is:
      """
      ERROR: Invalid Source - a
      ERROR: Invalid Source: |a|
      """

  Scenario: a source that is 1 character once filtered
    When the admin updates the phone with source "a!"
    Then the answer is:
      """
      ERROR: Invalid Source - a
      ERROR: Invalid Source: |a|
      """

  Scenario Outline: a source of at least 2 characters once filtered is accepted ("<source>")
    When the admin updates the phone with source "<source>"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

    Examples:
      | source |
      | ab     |
      | t-s    |

  Scenario: a user whose api_allowed_functions does not name update_phone
    When the function_restricted user updates the phone with phone_full_name "Not allowed"
    Then the answer is "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |{user}|update_phone|"
    And nothing was written

  Scenario: the source is checked before the function list
    When the function_restricted user updates the phone with:
      | source | (absent) |
    Then the answer is:
      """
      ERROR: Invalid Source - {empty}
      ERROR: Invalid Source: ||
      """

  Scenario: the source is checked before the user's permissions
    When the no_api_access user updates the phone with source "x"
    Then the answer is:
      """
      ERROR: Invalid Source - x
      ERROR: Invalid Source: |x|
      """

  @mock-only:state
  # changes a user's rights, which only the simulator lets the suite do
  Scenario: the function list is checked before the update permission
    Given the simulator holds this users row:
      | user             | {function_restricted.user} |
      | ast_admin_access | 0                          |
    When the function_restricted user updates the phone
    Then the answer is "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |{user}|update_phone|"
