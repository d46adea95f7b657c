@authentication
Feature: Authentication
  Every function but version needs `user` and `pass` of a user that exists with exactly that password, has
  `user_level` above 6 and is active. A failed login is answered with the user and the password it was given
  (the real server echoes the password back), and counts towards the lockout (see lockout.feature).

  The password keeps only [-_0-9a-zA-Z] before it is checked. With the system setting use_non_latin=1, releases
  before 2.14-160 kept some characters in the credentials that the filter otherwise removes, such as a space in
  the user or a dot in the password; from 2.14-160 on (a security fix) those are removed there too.

  On a real server these scenarios never leave a real user with failed logins: they use a user that does not
  exist, or end with a successful login of the same user, which puts its counter back to 0.

  Background:
    Given a test phone

  Scenario: a wrong password is refused, and the next right one resets the counter
    When the admin updates the phone using the password "wrong"
    Then the answer is "ERROR: Login incorrect, please try again: |{user}|wrong|BAD|"
    And the failed login count of the admin is 1
    When the admin updates the phone with phone_full_name "Back again"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the failed login count of the admin is 0

  Scenario: a user that does not exist is refused with the same message
    When an unknown user updates the phone
    Then the answer is "ERROR: Login incorrect, please try again: |{user}|{pass}|BAD|"
    And nothing was written

  Scenario: empty user and password are refused
    When the admin updates the phone with:
      | user | |
      | pass | |
    Then the answer is "ERROR: Login incorrect, please try again: |||BAD|"

  Scenario: no user and password at all are refused the same way
    When the admin updates the phone with:
      | user | (absent) |
      | pass | (absent) |
    Then the answer is "ERROR: Login incorrect, please try again: |||BAD|"

  Scenario: characters outside [-_0-9a-zA-Z] are removed from the password before it is checked
    When the admin updates the phone using the password "{pass}#"
    Then from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

  Scenario: the login is checked before the source
    When an unknown user updates the phone with:
      | source | (absent) |
    Then the answer is "ERROR: Login incorrect, please try again: |{user}|{pass}|BAD|"

  @mock-only:state
  # needs an inactive user; a real server's users are not the suite's to change
  Scenario: an inactive user cannot log in, even with the right password
    Given the simulator holds this users row:
      | user   | {admin.user} |
      | active | N            |
    When the admin updates the phone
    Then the answer is "ERROR: Login incorrect, please try again: |{user}|{pass}|BAD|"
    And the failed login count of the admin is 1

  @mock-only:state
  # needs a user of level 6; a real server's users are not the suite's to change
  Scenario: a user of level 6 cannot log in at all
    Given the simulator holds this users row:
      | user                  | 6006          |
      | pass                  | 1234          |
      | full_name             | L6            |
      | user_level            | 6             |
      | user_group            | ADMIN         |
      | active                | Y             |
      | ast_admin_access      | 1             |
      | ast_delete_phones     | 1             |
      | vdc_agent_api_access  | 1             |
      | api_allowed_functions | ALL_FUNCTIONS |
      | failed_login_count    | 0             |
      | last_login_date       | 2001-01-01 00:00:01 |
    When a client sends GET with:
      | source    | test         |
      | user      | 6006         |
      | pass      | 1234         |
      | function  | update_phone |
      | extension | {extension}  |
      | server_ip | {server_ip}  |
    Then the answer is "ERROR: Login incorrect, please try again: |6006|1234|BAD|"

  @mock-only:state
  # switches use_non_latin on; a real server's system settings are not the suite's to change
  Scenario Outline: with use_non_latin=1, <what> in the credentials is removed from 2.14-160 on, and kept before
    Given the simulator's system setting use_non_latin is "1"
    And the simulator holds this users row:
      | user | 6666 |
      | pass | 1234 |
    When a client sends GET with:
      | source          | test         |
      | user            | <user>       |
      | pass            | <pass>       |
      | function        | update_phone |
      | extension       | {extension}  |
      | server_ip       | {server_ip}  |
      | phone_full_name | NonLatin     |
    Then before 2.14-160 the answer is "<before>"
    And before 2.14-160 nothing was written
    And from 2.14-160 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - 6666|{extension}|{server_ip}|"
    And from 2.14-160 on the phone now has phone_full_name "NonLatin"

    Examples:
      | what                   | user  | pass  | before                                                                       |
      | a space in the user    | 66 66 | 1234  | ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: \|66 66\|update_phone\| |
      | a dot in the password  | 6666  | 12.34 | ERROR: Login incorrect, please try again: \|6666\|12.34\|BAD\|                 |
