@persistence
Feature: What one call leaves for the next
  Updates, adds and deletes are stored: the next request sees them. These scenarios check it through the API
  itself, so they show the same thing on a real server as on the simulator.

  Background:
    Given a test phone

  Scenario: the same update twice succeeds twice, and is logged twice
    When the admin updates the phone with phone_full_name "Twice"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    When the admin updates the phone with phone_full_name "Twice"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_full_name "Twice"
    And the admin log gained 2 "MODIFY" entries for the phone

  Scenario: updates of different fields add up
    When the admin updates the phone with phone_full_name "First"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    When the admin updates the phone with email "second@example.com"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_full_name "First"
    And the phone now has email "second@example.com"

  Scenario: a login given to one phone is then refused for a phone on another server
    Given a test phone "B" on the second server
    When the admin updates phone "B" with phone_login "{prefix}moved"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{B.extension}|{second_server_ip}|"
    When the admin updates the phone with phone_login "{prefix}moved"
    Then the answer is "ERROR: update_phone LOGIN ALREADY EXISTS: |{user}|{prefix}moved"

  Scenario: a login given up by a phone is free again
    Given a test phone "B" on the second server
    When the admin updates phone "B" with phone_login "{prefix}freed"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{B.extension}|{second_server_ip}|"
    When the admin updates the phone with phone_login "{B.login}"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_login "{B.login}"

  Scenario: a deleted phone can be added again
    When the admin deletes the phone
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{extension}|{server_ip}|"
    When the admin adds the phone again
    Then the answer is "SUCCESS: add_phone PHONE HAS BEEN ADDED - {user}|{extension}|{server_ip}|SIP|{dialplan_number}"
    And the phone still exists
