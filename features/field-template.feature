@fields @template_id
Feature: Optional field template_id (from 2.14-128 on)
  template_id exists from 2.14-128 on; before, it is ignored. It keeps [-_0-9a-zA-Z]; a value shorter than 2
  characters is ignored, any other must name an existing conf template, compared without regard to case and
  stored as sent. Its error shows the request's phone_login (empty when none was sent) before the template.

  Background:
    Given a test phone

  Scenario: an existing template is stored
    When the admin updates the phone with template_id "{template_id}"
    Then from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has template_id "{template_id}"
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

  Scenario: the template is found whatever the case, and stored as sent
    When the admin updates the phone with template_id "{TEMPLATE_ID}"
    Then from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has template_id "{TEMPLATE_ID}"
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

  Scenario: a template that does not exist
    When the admin updates the phone with template_id "{unknown_template}"
    Then from 2.14-128 on the answer is "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}||{unknown_template}"
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

  Scenario: the template error shows the phone_login sent with it
    When the admin updates the phone with:
      | phone_login | {login}            |
      | template_id | {unknown_template} |
    Then from 2.14-128 on the answer is "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}|{login}|{unknown_template}"
    And from 2.14-128 on nothing was written
    And before 2.14-128 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

  Scenario: a template_id of 1 character is ignored
    When the admin updates the phone with template_id "a"
    Then from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has template_id ""
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
