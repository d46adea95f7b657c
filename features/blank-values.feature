@blank
Feature: The special value --BLANK--
  The documentation says that --BLANK-- empties an optional field. In reality only email, phone_context,
  phone_full_name, registration_password and (from 2.14-128 on) template_id honour it. Other fields store it
  literally, store what is left after filtering ("BLANK"), or refuse it; the filtered value is what the error
  shows. Where it filters to nothing, the request has no field left to write: before 2.14-128 that is answered
  NO UPDATES DEFINED, from 2.14-128 on it succeeds (see updates-and-no-updates.feature).

  Background:
    Given a test phone

  Scenario Outline: --BLANK-- empties <field>
    Given the admin has updated the phone with <field> "<before>"
    When the admin updates the phone with <field> "--BLANK--"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has <field> ""

    Examples:
      | field                 | before          |
      | email                 | ops@example.com |
      | phone_context         | ctx-a           |
      | phone_full_name       | Full Name       |
      | registration_password | regpass1        |

  Scenario Outline: --BLANK-- is stored literally in <field>
    When the admin updates the phone with <field> "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has <field> "<sent>"

    Examples:
      | field            | sent      | why                                        |
      | email            | --blank-- | the comparison is case-sensitive for email |
      | phone_pass       | --BLANK-- | no special handling                        |
      | phone_login      | --BLANK-- | no special handling                        |
      | admin_user_group | --BLANK-- | no special handling                        |

  Scenario: --BLANK-- in dialplan_number is filtered to BLANK and stored
    When the admin updates the phone with dialplan_number "--BLANK--"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has dialplan_number "BLANK"

  Scenario: --BLANK-- in voicemail_id is filtered to nothing before 2.14-168, and stored as BLANK from 2.14-168 on
    When the admin updates the phone with voicemail_id "--BLANK--"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-128 nothing was written
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 before 2.14-168 the phone now has voicemail_id "{voicemail_id}"
    And from 2.14-168 on the phone now has voicemail_id "BLANK"

  Scenario: --BLANK-- in outbound_cid is filtered to nothing and ignored (test phones are created with 7275551212)
    When the admin updates the phone with outbound_cid "--BLANK--"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-128 nothing was written
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has outbound_cid "7275551212"

  Scenario Outline: --BLANK-- is refused by <field>
    When the admin updates the phone with <field> "--BLANK--"
    Then the answer is "ERROR: update_phone <message>: |{user}|<shown>"
    And nothing was written

    Examples:
      | field     | message                                          | shown |
      | local_gmt | YOU MUST USE A VALID TIMEZONE                    | ----  |
      | protocol  | YOU MUST USE A VALID PROTOCOL                    | BLANK |
      | active    | ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD | BLANK |

  Scenario Outline: --BLANK-- is refused by <field> from 2.14-108 on; before, the field is unknown
    When the admin updates the phone with <field> "--BLANK--"
    Then from 2.14-108 on the answer is "ERROR: update_phone <message>: |{user}|BLANK"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | field                 | message                                                                |
      | outbound_alt_cid      | OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD |
      | delete_vm_after_email | DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD |

  Scenario Outline: <sent> empties template_id from 2.14-128 on, in any case; before, the field is unknown
    Given the admin has updated the phone with template_id "{template_id}"
    When the admin updates the phone with template_id "<sent>"
    Then from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has template_id ""
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

    Examples:
      | sent      |
      | --BLANK-- |
      | --blank-- |
