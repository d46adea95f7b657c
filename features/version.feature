@version
Feature: Version, unknown functions and the teapot
  `function=version` is answered before any login, so a client can ask any server which release it runs and
  what time it is there. Every other function needs a valid login first: an unknown or missing function is
  refused only after the login succeeded. Four coffee names answer HTTP 418 without a line break.

  Scenario: version needs no credentials
    When a client sends GET with:
      | function | version |
    Then the answer is the version line of the target's release

  Scenario: version ignores wrong credentials instead of checking them
    When a client sends GET with:
      | function | version      |
      | user     | {admin.user} |
      | pass     | WRONG        |
    Then the answer is the version line of the target's release
    And the failed login count of the admin is 0

  Scenario: version is answered even for a user whose function list does not name update_phone
    When the function_restricted user calls version
    Then the answer is the version line of the target's release

  Scenario: a valid login without any function is told that no function was specified
    When the admin calls the API with:
      | source | test |
    Then the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario: an unknown function is refused after the login
    When the admin calls no_such_function with:
      | extension | {unknown_extension} |
      | server_ip | {server_ip}         |
    Then the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario: an unknown function with a failed login gets the login error first
    When an unknown user calls no_such_function
    Then the answer is "ERROR: Login incorrect, please try again: |{user}|{pass}|BAD|"

  Scenario Outline: function=<function> is a teapot, with HTTP 418 and no line break
    When a client sends GET with:
      | function | <function> |
    Then the answer is "Coffee: <function>|Error 418 I'm a teapot" with HTTP status 418 and no line break

    Examples:
      | function    |
      | coffee      |
      | start_coffee |
      | make_coffee |
      | brew_coffee |
