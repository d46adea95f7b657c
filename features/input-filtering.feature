@filtering
Feature: Input filtering
  Before anything is checked, each parameter loses every character outside its allowed set (listed per field in
  the other features). Answers show the filtered value. The releases filter server_ip differently: 2.14-202
  keeps [-.:_0-9a-zA-Z], 2.14-107 only digits and dots, so the same request can find the server on one
  release and not on the other.

  Background:
    Given a test phone

  Scenario Outline: extension "<sent>" is filtered to the phone's extension
    When the admin updates the phone with extension "<sent>"
    Then on 2.14-202 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And on 2.14-107 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

    Examples:
      | sent                      | why                                                       |
      | {space}{extension}{space} | spaces are removed                                        |
      | '{extension}\"            | quotes are removed                                        |
      | {extension}é              | letters outside ASCII are removed                         |
      | {extension}/@.:*#         | removed by the first filter, though the second allows them |

  Scenario: spaces around server_ip are removed
    When the admin updates the phone with server_ip "{space}{server_ip}{space}"
    Then on 2.14-202 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And on 2.14-107 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

  Scenario: letters after server_ip are kept by 2.14-202 and removed by 2.14-107
    When the admin updates the phone with server_ip "{server_ip}abc"
    Then on 2.14-202 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}abc"
    And on 2.14-107 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

  Scenario: a port after server_ip makes another server on both releases, differently spelled
    When the admin updates the phone with server_ip "{server_ip}:5060"
    Then on 2.14-202 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}:5060"
    And on 2.14-107 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip}5060"

  Scenario: dashes instead of dots are kept by 2.14-202 and removed by 2.14-107
    When the admin updates the phone with server_ip "{server_ip:dashes}"
    Then on 2.14-202 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip:dashes}"
    And on 2.14-107 the answer is "ERROR: update_phone SERVER DOES NOT EXIST: |{user}|{server_ip:digits}"
