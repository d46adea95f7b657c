@update
Feature: What a successful update answers and writes, and what "no updates" means
  A successful update answers `SUCCESS: update_phone PHONE HAS BEEN UPDATED - user|extension|server_ip|`: no
  protocol or dialplan number at the end, whatever the documentation shows. Every write also clears the
  phone's install_directory, adds an admin log entry and tells the server to rebuild its configuration.

  A request with no field left to write (only the required ones, or fields that filter to nothing or that the
  release does not know) is where the releases differ most: before 2.14-128 the answer is
  `NOTICE: update_phone NO UPDATES DEFINED: |user|` and nothing is written; from 2.14-128 on that answer is
  never given: the cleared install_directory is written and the update succeeds. The documentation's
  `ERROR: update_phone NO UPDATES DEFINED - 6666|0` is what no release sends.

  Background:
    Given a test phone

  Scenario: one field is updated
    When the admin updates the phone with phone_full_name "New Name"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has phone_full_name "New Name"
    And the phone now has install_directory ""
    And the change is logged as "MODIFY" and the server is told to rebuild its configuration

  Scenario: a phone on the second server is updated
    Given a test phone "B" on the second server
    When the admin updates phone "B" with phone_full_name "Second"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{B.extension}|{second_server_ip}|"
    And phone "B" now has phone_full_name "Second"
    And the phone is unchanged

  Scenario: only the required fields
    When the admin updates the phone
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-128 nothing was written
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has install_directory ""
    And from 2.14-128 on the change is logged as "MODIFY" and the server is told to rebuild its configuration

  Scenario Outline: <field> "<sent>" filters to nothing, so there is nothing to update
    When the admin updates the phone with <field> "<sent>"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-128 nothing was written
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has install_directory ""

    Examples:
      | field              | sent | why                                   |
      | phone_ring_timeout | abc  | only digits are kept                  |
      | is_webphone        | X    | not Y, N or Y_API_LAUNCH: ignored     |
      | template_id        | a    | shorter than 2 characters: ignored    |
      | outbound_cid       | abc  | only digits are kept                  |
      | active             | y    | only capitals are kept                |
      | local_gmt          | abc  | only [-.0-9] is kept                  |

  Scenario: every optional field sent empty
    When the admin updates the phone with:
      | local_gmt             | |
      | email                 | |
      | phone_context         | |
      | phone_full_name       | |
      | registration_password | |
      | protocol              | |
      | phone_pass            | |
      | phone_login           | |
      | voicemail_id          | |
      | dialplan_number       | |
      | active                | |
      | outbound_cid          | |
      | admin_user_group      | |
      | outbound_alt_cid      | |
      | phone_ring_timeout    | |
      | delete_vm_after_email | |
      | is_webphone           | |
      | template_id           | |
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-128 nothing was written
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"

  Scenario: every field valid at once
    When the admin updates the phone with:
      | local_gmt              | -8.00           |
      | email                  | ops@example.com |
      | phone_context          | ctx-a           |
      | phone_full_name        | Full Name       |
      | registration_password  | regpass1        |
      | protocol               | IAX2            |
      | phone_pass             | ppass1          |
      | phone_login            | {prefix}new     |
      | voicemail_id           | 9001            |
      | dialplan_number        | 9001            |
      | active                 | N               |
      | outbound_cid           | 3125550000      |
      | admin_user_group       | ADMIN           |
      | outbound_alt_cid       | 3125550001      |
      | phone_ring_timeout     | 45              |
      | delete_vm_after_email  | Y               |
      | is_webphone            | Y_API_LAUNCH    |
      | webphone_auto_answer   | N               |
      | use_external_server_ip | Y               |
      | on_hook_agent          | Y               |
      | template_id            | {template_id}   |
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has:
      | local_gmt             | -8.00           |
      | email                 | ops@example.com |
      | phone_context         | ctx-a           |
      | phone_full_name       | Full Name       |
      | registration_password | regpass1        |
      | protocol              | IAX2            |
      | phone_pass            | ppass1          |
      | phone_login           | {prefix}new     |
      | voicemail_id          | 9001            |
      | dialplan_number       | 9001            |
      | active                | N               |
      | outbound_cid          | 3125550000      |
      | admin_user_group      | ADMIN           |
      | install_directory     |                 |
    And from 2.14-108 on the phone now has:
      | outbound_alt_cid      | 3125550001 |
      | phone_ring_timeout    | 45         |
      | delete_vm_after_email | Y          |
    And before 2.14-108 the phone now has:
      | outbound_alt_cid      |    |
      | phone_ring_timeout    | 60 |
      | delete_vm_after_email | N  |
    And from 2.14-128 on the phone now has:
      | is_webphone            | Y_API_LAUNCH  |
      | webphone_auto_answer   | N             |
      | use_external_server_ip | Y             |
      | on_hook_agent          | Y             |
      | template_id            | {template_id} |
    And before 2.14-128 the phone now has:
      | is_webphone            | N |
      | webphone_auto_answer   | Y |
      | use_external_server_ip | N |
      | on_hook_agent          | N |
      | template_id            |   |
