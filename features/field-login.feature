@fields @phone_login
Feature: Optional field phone_login
  phone_login (stored as login) keeps [-_0-9a-zA-Z]. Its length is not checked (the column cuts it to 15
  characters). The check for duplicates is half broken: a login already used by a phone on ANOTHER server is
  refused, but one used by another phone on the SAME server is accepted.

  Background:
    Given a test phone

  Scenario: a new login is stored
    When the admin updates the phone with phone_login "{prefix}new"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_login "{prefix}new"

  Scenario: the phone's own login is accepted
    When the admin updates the phone with phone_login "{login}"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_login "{login}"

  Scenario: a login of 20 characters is cut to the column's 15
    When the admin updates the phone with phone_login "{prefix:20}"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_login "{prefix:15}"

  Scenario: a login used by a phone on another server is refused
    Given a test phone "B" on the second server
    When the admin updates the phone with phone_login "{B.login}"
    Then the answer is "ERROR: update_phone LOGIN ALREADY EXISTS: |{user}|{B.login}"
    And nothing was written

  Scenario: a login used by another phone on the same server is accepted
    Given a test phone "B"
    When the admin updates the phone with phone_login "{B.login}"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_login "{B.login}"

  # a 1-character login may belong to a phone on another server of a real system, which changes the answer: it
  # runs where the stored state (on a real server, vicidial.db.url) shows no phone with it
  Scenario: a login of 1 character is accepted (no length check)
    Given no phone has login "q"
    When the admin updates the phone with phone_login "q"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_login "q"
