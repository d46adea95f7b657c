@lookup
Feature: Finding the server and the phone
  The server must be a row of `servers`, whatever its length or shape (the documented "7 to 15 characters" is
  not checked). The phone is found by `extension` and `server_ip` together, ignoring case. A user whose group
  has `admin_viewable_groups` without ---ALL--- sees only phones of those groups and of ---ALL---; to that user
  every other phone "does not exist". Both lookups come before any optional field is validated. Several
  scenarios here send no field to write: before 2.14-128 the phone found is answered NO UPDATES DEFINED, from
  2.14-128 on the (empty) update succeeds.

  Background:
    Given a test phone

  Scenario: an unknown server
    When the admin updates the phone with server_ip "{unknown_server_ip}"
    Then the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{unknown_server_ip}"
    And nothing was written

  Scenario: a server_ip of 1 character is long enough to be looked up
    When the admin updates the phone with server_ip "1"
    Then the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|1"

  Scenario: a server_ip longer than 15 characters is looked up like any other
    When the admin updates the phone with server_ip "{server_ip}.1.2.3.4"
    Then the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}.1.2.3.4"

  Scenario: a server_ip is not normalised (a leading zero makes another server)
    When the admin updates the phone with server_ip "0{server_ip}"
    Then the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|0{server_ip}"

  @mock-only:state
  # adds a server, which only the simulator lets the suite do
  Scenario: a server_ip of 5 characters works when such a server exists
    Given the simulator holds this servers row:
      | server_ip              | 1.2.3 |
      | server_id              | srv3  |
      | server_description     | short |
      | local_gmt              | -5.00 |
      | active                 | Y     |
      | active_asterisk_server | Y     |
      | generate_vicidial_conf | Y     |
      | rebuild_conf_files     | N     |
    And the simulator holds this phones row:
      | extension | {extension}    |
      | server_ip | 1.2.3          |
      | login     | {prefix}short  |
    When the admin updates the phone with server_ip "1.2.3"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|1.2.3|"

  Scenario: an extension that does not exist
    When the admin updates the phone with extension "{unknown_extension}"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{unknown_extension}"

  Scenario: an extension of 100 characters that does not exist
    When the admin updates the phone with extension "{unknown_extension:100}"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{unknown_extension:100}"

  Scenario: an extension of 101 characters is looked up too (there is no maximum)
    When the admin updates the phone with extension "{unknown_extension:101}"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{unknown_extension:101}"

  Scenario: the phone exists, but on the other server
    Given a test phone "B" on the second server
    When the admin updates the phone with server_ip "{second_server_ip}"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{second_server_ip}|{extension}"
    And nothing was written

  Scenario: the extension is compared without regard to case, and echoed as sent
    When the admin updates the phone with:
      | extension       | {EXTENSION} |
      | phone_full_name | Upper       |
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{EXTENSION}|{server_ip}|"
    And the phone now has phone_full_name "Upper"

  Scenario: an unknown server is reported before an invalid field
    When the admin updates the phone with:
      | server_ip | {unknown_server_ip} |
      | local_gmt | 99                  |
    Then the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{unknown_server_ip}"

  Scenario: a missing phone is reported before an invalid field
    When the admin updates the phone with:
      | extension | {unknown_extension} |
      | local_gmt | 99                  |
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{unknown_extension}"

  Scenario: a user with limited viewable groups sees phones of the group ---ALL---
    When the limited_group user updates the phone
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

  Scenario: to a user with limited viewable groups, a phone of another group does not exist
    Given the phone is in the user group the limited_group user cannot see
    When the limited_group user updates the phone with phone_full_name "Hidden"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|{extension}"
    And nothing was written

  Scenario: a user who sees every group may update a phone of any group
    Given the phone is in the user group the limited_group user cannot see
    When the admin updates the phone
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

  # the settings name only a hidden group; a visible one is read from the stored state (on a real server, with
  # vicidial.db.url)
  Scenario: a user with limited viewable groups sees phones of its own groups
    Given the phone is in a user group the limited_group user may see
    When the limited_group user updates the phone
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
