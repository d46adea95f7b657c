@flow
Feature: A provisioning script's round trip
  Scripts that provision an agent add the user and its phone, tie them together, copy the user for a colleague,
  read the result back, and remove everything again. Each answer below is what such a script reads; each step
  leaves the state the next one relies on.

  Scenario: add a user and a phone, tie them, copy the user, read it back and delete everything
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | Flow User          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|1|Flow User|{agent_user_group}"
    When the admin adds phone "C"
    Then the answer is "SUCCESS: add_phone PHONE HAS BEEN ADDED - {user}|{C.extension}|{server_ip}|SIP|{C.dialplan_number}"
    When the user_admin calls update_user with:
      | agent_user      | {agent}     |
      | agent_full_name | Flow User 2 |
      | phone_login     | {C.login}   |
      | phone_pass      | flowpass    |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    And user "{agent}" now has:
      | agent_full_name | Flow User 2 |
      | phone_login     | {C.login}   |
      | phone_pass      | flowpass    |
    When the admin updates phone "C" with phone_full_name "Flow User 2"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{C.extension}|{server_ip}|"
    And phone "C" now has phone_full_name "Flow User 2"
    When the user_admin calls copy_user with:
      | agent_user      | {agent.B}    |
      | agent_pass      | {agent_pass} |
      | agent_full_name | Flow Copy    |
      | source_user     | {agent}      |
    Then from 2.14-128 on the answer is "SUCCESS: copy_user USER HAS BEEN COPIED - {user}|{agent.B}|{agent_pass}|Flow Copy|{agent}"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And from 2.14-128 on user "{agent.B}" now has:
      | phone_login | {C.login} |
    When the user_admin calls user_details with:
      | agent_user | {agent.B} |
    Then from 2.14-168 on the answer is "{agent.B}|Flow Copy|{agent_user_group}|1|Y"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"
    When the user_admin calls update_user with:
      | agent_user  | {agent.B} |
      | delete_user | Y         |
    Then from 2.14-128 on the answer is "SUCCESS: update_user USER HAS BEEN DELETED - {user}|{agent.B}|"
    And before 2.14-128 the answer is "ERROR: update_user USER DOES NOT EXIST: |{user}|"
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | delete_user | Y       |
    Then the answer is "SUCCESS: update_user USER HAS BEEN DELETED - {user}|{agent}|"
    When the admin deletes phone "C"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN DELETED - {user}|{C.extension}|{server_ip}|"
    And user "{agent}" no longer exists
    And user "{agent.B}" no longer exists
    And phone "C" no longer exists
