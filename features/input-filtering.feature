@filtering
Feature: Input filtering
  Before anything is checked, each parameter loses every character outside its allowed set (listed per field in
  the other features). Answers show the filtered value. server_ip kept only digits and dots before 2.14-168;
  from 2.14-168 on it keeps [-.:_0-9a-zA-Z], so the same request can find the server on an older release and
  not on a newer one. The phone found, with no field to write, is answered NO UPDATES DEFINED before 2.14-128
  and an (empty) success from 2.14-128 on.

  Background:
    Given a test phone

  Scenario Outline: extension "<sent>" is filtered to the phone's extension
    When the admin updates the phone with extension "<sent>"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

    Examples:
      | sent                      | why                                                       |
      | {space}{extension}{space} | spaces are removed                                        |
      | '{extension}\"            | quotes are removed                                        |
      | {extension}é              | letters outside ASCII are removed                         |
      | {extension}/@.:*#         | removed by the first filter, though the second allows them |

  Scenario: spaces around server_ip are removed
    When the admin updates the phone with server_ip "{space}{server_ip}{space}"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

  Scenario: letters after server_ip are removed before 2.14-168, and kept from 2.14-168 on
    When the admin updates the phone with server_ip "{server_ip}abc"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 before 2.14-168 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-168 on the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}abc"

  Scenario: a port after server_ip makes another server on every release, differently spelled
    When the admin updates the phone with server_ip "{server_ip}:5060"
    Then before 2.14-168 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}5060"
    And from 2.14-168 on the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}:5060"

  Scenario: dashes instead of dots are removed before 2.14-168, and kept from 2.14-168 on
    When the admin updates the phone with server_ip "{server_ip:dashes}"
    Then before 2.14-168 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip:digits}"
    And from 2.14-168 on the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip:dashes}"
