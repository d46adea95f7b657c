@validation-order
Feature: The order in which optional fields are validated
  After the phone is found, the optional fields are checked in a fixed order and the first invalid one is
  reported, whatever the order of the parameters in the request:
  local_gmt, email, phone_context, phone_full_name, registration_password, protocol, phone_pass, phone_login,
  voicemail_id, dialplan_number, active, outbound_cid, admin_user_group, outbound_alt_cid, phone_ring_timeout,
  delete_vm_after_email, template_id (the last three from 2.14-108 on, template_id from 2.14-128 on; before,
  they are ignored). If any field is invalid, nothing at all is written.

  Background:
    Given a test phone

  Scenario Outline: <first> is checked before <second>
    When the admin updates the phone with:
      | <second> | <second value> |
      | <first>  | <first value>  |
    Then the answer is "ERROR: update_phone <message>: |{user}|<first value>"
    And nothing was written

    Examples:
      | first                 | first value | second                | second value | message                                                           |
      | local_gmt             | 99          | email                 | a            | YOU MUST USE A VALID TIMEZONE                                     |
      | email                 | a           | phone_context         | x            | YOU MUST USE A VALID EMAIL                                        |
      | phone_context         | x           | phone_full_name       | J            | YOU MUST USE A VALID PHONE CONTEXT                                |
      | phone_full_name       | J           | registration_password | r            | YOU MUST USE A VALID PHONE NAME                                   |
      | registration_password | r           | protocol              | BAD          | YOU MUST USE A VALID REGISTRATION PASSWORD                        |
      | protocol              | BAD         | phone_pass            | p            | YOU MUST USE A VALID PROTOCOL                                     |
      | voicemail_id          | 7           | dialplan_number       | 12           | YOU MUST USE A VALID VOICEMAIL NUMBER                             |
      | dialplan_number       | 12          | active                | X            | YOU MUST USE A VALID DIALPLAN NUMBER                              |
      | active                | X           | outbound_cid          | 123          | ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD                  |
      | outbound_cid          | 123         | admin_user_group      | A            | OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD |
      | admin_user_group      | A           | outbound_alt_cid      | 123          | USER GROUP MUST BE FROM 2 TO 20 CHARACTERS, THIS IS AN OPTIONAL FIELD |

  Scenario: phone_pass is checked before phone_login
    Given a test phone "B" on the second server
    When the admin updates the phone with:
      | phone_login | {B.login} |
      | phone_pass  | p         |
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID PHONE PASSWORD: |{user}|p"
    And nothing was written

  Scenario: phone_login is checked before voicemail_id
    Given a test phone "B" on the second server
    When the admin updates the phone with:
      | voicemail_id | 7         |
      | phone_login  | {B.login} |
    Then the answer is "ERROR: update_phone LOGIN ALREADY EXISTS: |{user}|{B.login}"
    And nothing was written

  Scenario Outline: from 2.14-108 on, <first> is checked before <second>; before, both are ignored
    When the admin updates the phone with:
      | <second> | <second value> |
      | <first>  | <first value>  |
    Then from 2.14-108 on the answer is "ERROR: update_phone <message>: |{user}|<shown>"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | first                 | first value | second                | second value       | message                                                                  | shown |
      | outbound_alt_cid      | 123         | phone_ring_timeout    | 1                  | OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD  | 123   |
      | phone_ring_timeout    | 1           | delete_vm_after_email | X                  | PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD |     |
      | delete_vm_after_email | X           | template_id           | {unknown_template} | DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD   | X     |

  Scenario: with all seventeen fields invalid, the time zone is reported
    Given a test phone "B" on the second server
    When the admin updates the phone with:
      | template_id           | {unknown_template} |
      | delete_vm_after_email | X                  |
      | phone_ring_timeout    | 1                  |
      | outbound_alt_cid      | 123                |
      | admin_user_group      | A                  |
      | outbound_cid          | 123                |
      | active                | X                  |
      | dialplan_number       | 12                 |
      | voicemail_id          | 7                  |
      | phone_login           | {B.login}          |
      | phone_pass            | p                  |
      | protocol              | BAD                |
      | registration_password | r                  |
      | phone_full_name       | J                  |
      | phone_context         | x                  |
      | email                 | a                  |
      | local_gmt             | 99                 |
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID TIMEZONE: |{user}|99"
    And nothing was written

  Scenario: an invalid field after valid ones means none of them is written
    When the admin updates the phone with:
      | phone_full_name | Partial |
      | protocol        | PJSIP   |
      | active          | N       |
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID PROTOCOL: |{user}|PJSIP"
    And nothing was written

  Scenario: an unknown template stops the whole update from 2.14-128 on; before, the other fields are written
    When the admin updates the phone with:
      | phone_full_name | Partial            |
      | phone_pass      | newpass            |
      | active          | N                  |
      | template_id     | {unknown_template} |
    Then from 2.14-128 on the answer is "ERROR: update_phone TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD: |{user}||{unknown_template}"
    And from 2.14-128 on nothing was written
    And before 2.14-128 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And before 2.14-128 the phone now has phone_full_name "Partial"
    And before 2.14-128 the phone now has phone_pass "newpass"
    And before 2.14-128 the phone now has active "N"
