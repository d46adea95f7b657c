@update_user
Feature: update_user changes or deletes a user
  update_user needs the same caller rights as add_user. `agent_user` (2 to 20 characters) must name an existing
  user; the error for one that does not exist echoes the unrelated `server_ip` parameter instead. The user's level
  must not be above the caller's (nor equal, when the caller has `modify_same_user_level=0`) and its group must be
  visible to the caller; that refusal ends with an extra empty line. `delete_user=Y` (exactly Y) then deletes the
  user, if the caller also has `delete_users=1`, without looking at any other field. Otherwise the optional fields
  are checked in a fixed order (full name, level, group, phone login, phone password, hotkeys, voicemail, email,
  custom one to five, active, wrapup seconds) and the first bad one is named; nothing is written then. Campaign
  ranks and grades (and from 2.14-128 on in-group ones) are written and reported in NOTICE lines before the final
  line. From 2.14-168 on, `reset_password` of 8 or more mails a new password (and reports a NOTICE when it cannot).
  A request with nothing to write answers NO UPDATES DEFINED, also after a NOTICE.

  Background:
    Given a test user

  Scenario: the user_admin renames a user
    When the user_admin calls update_user with:
      | agent_user      | {agent}    |
      | agent_full_name | Agent Uno  |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    And the admin log gained the entry USERS MODIFY "ADMIN API UPDATE USER" for "{agent}"
    And user "{agent}" now has:
      | agent_full_name | Agent Uno |

  Scenario: agent_user compares case-insensitively and is echoed as sent
    When the user_admin calls update_user with:
      | agent_user      | {AGENT} |
      | agent_full_name | Up      |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{AGENT}|"
    And user "{agent}" now has:
      | agent_full_name | Up |

  Scenario: only agent_user: nothing to update
    When the user_admin calls update_user with:
      | agent_user | {agent} |
    Then the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And nothing was written

  Scenario Outline: <who> may not update users
    When <who> calls update_user with:
      | agent_user      | {agent} |
      | agent_full_name | X Y     |
    Then the answer is "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE USERS: |{user}|0"
    And nothing was written

    Examples:
      | who                    |
      | the level7 user        |
      | the no_api_access user |

  Scenario Outline: agent_user "<sent>" is not 2 to 20 characters long
    When the user_admin calls update_user with:
      | agent_user      | <sent> |
      | agent_full_name | X      |
    Then the answer is "ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|<sent>|"
    And nothing was written

    Examples:
      | sent       |
      | {empty}    |
      | 9          |
      | {agent:21} |

  Scenario: a user that does not exist; the answer echoes server_ip, empty when not sent
    When the user_admin calls update_user with:
      | agent_user      | {agent:20} |
      | agent_full_name | X          |
    Then the answer is "ERROR: update_user USER DOES NOT EXIST: |{user}|"
    When the user_admin calls update_user with:
      | agent_user | {agent:20}  |
      | server_ip  | {server_ip} |
    Then the answer is "ERROR: update_user USER DOES NOT EXIST: |{user}|{server_ip}"
    And nothing was written

  Scenario: a level-8 caller may update a user of its own level
    Given a test user "B" with:
      | agent_user_level | 8 |
    When the user_level8 user calls update_user with:
      | agent_user      | {agent.B} |
      | agent_full_name | Mgr       |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent.B}|"

  Scenario: a level-8 caller may not update a level-9 user, nor delete it; the answer ends with an empty line
    Given a test user "B" with:
      | agent_user_level | 9 |
    When the user_level8 user calls update_user with:
      | agent_user      | {agent.B} |
      | agent_full_name | Mgr       |
    Then the answer is "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |{user}|{agent.B}|<=|8" and an empty line
    When the user_level8 user calls update_user with:
      | agent_user  | {agent.B} |
      | delete_user | Y         |
    Then the answer is "ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER: |{user}|{agent.B}|<=|8" and an empty line
    And nothing was written
    And user "{agent.B}" exists

  Scenario: the user_admin deletes a user
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | delete_user | Y       |
    Then the answer is "SUCCESS: update_user USER HAS BEEN DELETED - {user}|{agent}|"
    And the admin log gained the entry USERS DELETE "ADMIN API DELETE USER" for "{agent}"
    And user "{agent}" no longer exists

  Scenario: a deleted user does not exist any more
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | delete_user | Y       |
    Then the answer is "SUCCESS: update_user USER HAS BEEN DELETED - {user}|{agent}|"
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | delete_user | Y       |
    Then the answer is "ERROR: update_user USER DOES NOT EXIST: |{user}|"

  Scenario: the other fields of a delete are not validated
    When the user_admin calls update_user with:
      | agent_user       | {agent} |
      | delete_user      | Y       |
      | agent_user_level | 10      |
    Then the answer is "SUCCESS: update_user USER HAS BEEN DELETED - {user}|{agent}|"
    And user "{agent}" no longer exists

  Scenario: a caller without delete_users may not delete, even with other fields
    When the user_no_delete user calls update_user with:
      | agent_user      | {agent} |
      | delete_user     | Y       |
      | agent_full_name | Z       |
    Then the answer is "ERROR: update_user USER DOES NOT HAVE PERMISSION TO DELETE USERS: |{user}|0"
    And nothing was written
    And user "{agent}" exists

  Scenario Outline: delete_user=<value> is not Y, so nothing is deleted
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | delete_user | <value> |
    Then the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And user "{agent}" exists

    Examples:
      | value |
      | y     |
      | YES   |

  Scenario Outline: an invalid <field> "<sent>" is named and nothing is written
    When the user_admin calls update_user with:
      | agent_user | {agent} |
      | <field>    | <sent>  |
    Then the answer is "<answer>"
    And nothing was written

    Examples:
      | field                   | sent              | answer                                                                                                              |
      | agent_full_name         | {F*51}            | ERROR: update_user YOU MUST USE A VALID FULL NAME, THIS IS AN OPTIONAL FIELD: \|{user}\|{F*51}                        |
      | agent_user_level        | 0                 | ERROR: update_user YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD: \|{user}\|0\|9\|1                       |
      | agent_user_level        | 10                | ERROR: update_user YOU MUST USE A VALID USER LEVEL, THIS IS AN OPTIONAL FIELD: \|{user}\|10\|9\|1                      |
      | agent_user_group        | {PREFIX}NOGROUP   | ERROR: update_user YOU MUST USE A VALID USER GROUP, THIS IS AN OPTIONAL FIELD: \|{user}\|{PREFIX}NOGROUP\|0            |
      | agent_user_group        | {G*21}            | ERROR: update_user YOU MUST USE A VALID USER GROUP, THIS IS AN OPTIONAL FIELD: \|{user}\|{G*21}\|0                     |
      | phone_login             | {unknown_extension} | ERROR: update_user YOU MUST USE A VALID PHONE LOGIN, THIS IS AN OPTIONAL FIELD: \|{user}\|{unknown_extension}\|0\|0 |
      | phone_pass              | {p*21}            | ERROR: update_user YOU MUST USE A VALID PHONE PASSWORD, THIS IS AN OPTIONAL FIELD: \|{user}\|{p*21}                    |
      | hotkeys_active          | 2                 | ERROR: update_user YOU MUST USE A VALID HOTKEYS SETTING, THIS IS AN OPTIONAL FIELD: \|{user}\|2                        |
      | voicemail_id            | 1                 | ERROR: update_user YOU MUST USE A VALID VOICEMAIL ID, THIS IS AN OPTIONAL FIELD: \|{user}\|1                           |
      | voicemail_id            | 12345678901       | ERROR: update_user YOU MUST USE A VALID VOICEMAIL ID, THIS IS AN OPTIONAL FIELD: \|{user}\|12345678901                 |
      | email                   | a@bc              | ERROR: update_user YOU MUST USE A VALID EMAIL, THIS IS AN OPTIONAL FIELD: \|{user}\|a@bc                               |
      | custom_one              | {c*101}           | ERROR: update_user YOU MUST USE A VALID CUSTOM ONE, THIS IS AN OPTIONAL FIELD: \|{user}\|{c*101}                       |
      | custom_two              | {c*101}           | ERROR: update_user YOU MUST USE A VALID CUSTOM TWO, THIS IS AN OPTIONAL FIELD: \|{user}\|{c*101}                       |
      | custom_three            | {c*101}           | ERROR: update_user YOU MUST USE A VALID CUSTOM THREE, THIS IS AN OPTIONAL FIELD: \|{user}\|{c*101}                     |
      | custom_four             | {c*101}           | ERROR: update_user YOU MUST USE A VALID CUSTOM FOUR, THIS IS AN OPTIONAL FIELD: \|{user}\|{c*101}                      |
      | custom_five             | {c*101}           | ERROR: update_user YOU MUST USE A VALID CUSTOM FIVE, THIS IS AN OPTIONAL FIELD: \|{user}\|{c*101}                      |
      | active                  | X                 | ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: \|{user}\|X                                       |
      | active                  | YES               | ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: \|{user}\|YES                                     |
      | wrapup_seconds_override | -2                | ERROR: update_user wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999, THIS IS AN OPTIONAL FIELD: \|{user}\|-2    |
      | wrapup_seconds_override | 10000             | ERROR: update_user wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999, THIS IS AN OPTIONAL FIELD: \|{user}\|10000 |
      | campaign_rank           | 10                | ERROR: update_user YOU MUST USE A VALID CAMPAIGN RANK, THIS IS AN OPTIONAL FIELD: \|{user}\|10                         |
      | campaign_rank           | -10               | ERROR: update_user YOU MUST USE A VALID CAMPAIGN RANK, THIS IS AN OPTIONAL FIELD: \|{user}\|-10                        |
      | campaign_grade          | 0                 | ERROR: update_user YOU MUST USE A VALID CAMPAIGN GRADE, THIS IS AN OPTIONAL FIELD: \|{user}\|0                         |
      | campaign_grade          | 11                | ERROR: update_user YOU MUST USE A VALID CAMPAIGN GRADE, THIS IS AN OPTIONAL FIELD: \|{user}\|11                        |

  Scenario Outline: a valid <field> "<sent>" is stored as <stored>
    When the user_admin calls update_user with:
      | agent_user | {agent} |
      | <field>    | <sent>  |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    And user "{agent}" now has:
      | <field> | <stored> |

    Examples:
      | field                   | sent        | stored      |
      | agent_full_name         | {F*50}      | {F*50}      |
      | agent_full_name         | F           | F           |
      | agent_full_name         | --BLANK--   | {empty}     |
      | agent_user_level        | 9           | 9           |
      | phone_pass              | {p*20}      | {p*20}      |
      | hotkeys_active          | 1           | 1           |
      | voicemail_id            | 1234567890  | 1234567890  |
      | email                   | a@b.c       | a@b.c       |
      | email                   | a+b@example.com | a b@example.com |
      | custom_one              | {o*100}     | {o*100}     |
      | active                  | N           | N           |
      | wrapup_seconds_override | -1          | -1          |
      | wrapup_seconds_override | 9999        | 9999        |
      | wrapup_seconds_override | 1-2         | 1           |
      | agent_pass              | x           | x           |

  Scenario: a phone login must be a phone's login or a phone alias
    Given a test phone
    And a test phone alias for the phone
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | phone_login | {login} |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    When the user_admin calls update_user with:
      | agent_user  | {agent} |
      | phone_login | {alias} |
    Then the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    And user "{agent}" now has:
      | phone_login | {alias} |

  Scenario: the first invalid field in the fixed order is named, whatever the order sent
    When the user_admin calls update_user with:
      | agent_user              | {agent}             |
      | wrapup_seconds_override | -2                  |
      | active                  | X                   |
      | custom_one              | {c*101}             |
      | email                   | a@b                 |
      | voicemail_id            | 1                   |
      | hotkeys_active          | 2                   |
      | phone_pass              | {p*21}              |
      | phone_login             | {unknown_extension} |
      | agent_user_group        | {PREFIX}NOGROUP     |
      | agent_user_level        | 10                  |
      | agent_full_name         | {F*51}              |
    Then the answer is "ERROR: update_user YOU MUST USE A VALID FULL NAME, THIS IS AN OPTIONAL FIELD: |{user}|{F*51}"
    When the user_admin calls update_user with:
      | agent_user     | {agent}  |
      | campaign_grade | 11       |
      | campaign_rank  | 10       |
    Then the answer is "ERROR: update_user YOU MUST USE A VALID CAMPAIGN RANK, THIS IS AN OPTIONAL FIELD: |{user}|10"

  Scenario: valid fields are not written when a later one is invalid
    When the user_admin calls update_user with:
      | agent_user      | {agent}         |
      | agent_full_name | Partial         |
      | email           | p@example.com   |
      | active          | Q               |
    Then the answer is "ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|Q"
    And nothing was written

  Scenario: voicemail_id --BLANK-- is stored as BLANK from 2.14-168 on, and ignored before
    When the user_admin calls update_user with:
      | agent_user   | {agent}   |
      | voicemail_id | --BLANK-- |
    Then from 2.14-168 on the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    And before 2.14-168 the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And from 2.14-168 on user "{agent}" now has:
      | voicemail_id | BLANK |

  Scenario: in_groups sets the closer campaigns from 2.14-168 on, and is ignored before
    When the user_admin calls update_user with:
      | agent_user | {agent}                 |
      | in_groups  | {PREFIX}A\|{PREFIX}B     |
    Then from 2.14-168 on the answer is "SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|"
    And before 2.14-168 the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And from 2.14-168 on user "{agent}" now has:
      | closer_campaigns | {space}{PREFIX}A {PREFIX}B - |

  Scenario Outline: in-group <field> <sent> is checked from 2.14-128 on, and ignored before
    When the user_admin calls update_user with:
      | agent_user | {agent} |
      | <field>    | <sent>  |
    Then from 2.14-128 on the answer is "ERROR: update_user YOU MUST USE A VALID <name>, THIS IS AN OPTIONAL FIELD: |{user}|<sent>"
    And before 2.14-128 the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | field         | sent | name           |
      | ingroup_rank  | 10   | IN-GROUP RANK  |
      | ingroup_grade | 0    | IN-GROUP GRADE |

  @mock-only:agent-rows
  Scenario: campaign and in-group ranks are reported in NOTICE lines before the final line
    When the user_admin calls update_user with:
      | agent_user    | {agent} |
      | campaign_rank | 5       |
    Then from 2.14-128 on the answer is:
      """
      NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent}|5|
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    And before 2.14-128 the answer is:
      """
      NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - {user}|{agent}|5|
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    When the user_admin calls update_user with:
      | agent_user     | {agent} |
      | campaign_grade | 6       |
      | camp_rg_only   | 1       |
      | campaign_id    | CAMPB   |
    Then from 2.14-128 on the answer is:
      """
      NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent}||6|CAMPB|1
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    And before 2.14-128 the answer is:
      """
      NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - {user}|{agent}||6|CAMPB|1
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    When the user_admin calls update_user with:
      | agent_user    | {agent}  |
      | ingroup_rank  | 3        |
      | ingrp_rg_only | 1        |
      | group_id      | INGB     |
    Then from 2.14-128 on the answer is:
      """
      NOTICE: update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent}|3||INGB|1
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    And before 2.14-128 the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    When the user_admin calls update_user with:
      | agent_user      | {agent}         |
      | campaign_rank   | 1               |
      | ingroup_grade   | 9               |
      | email           | r@example.com   |
    Then from 2.14-128 on the answer is:
      """
      NOTICE: update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent}|1|
      NOTICE: update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED - {user}|{agent}||9
      SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|
      """
    And before 2.14-128 the answer is:
      """
      NOTICE: update_user USER CAMPAIGN RANKS HAVE BEEN UPDATED - {user}|{agent}|1|
      SUCCESS: update_user USER HAS BEEN UPDATED - {user}|{agent}|
      """

  Scenario Outline: reset_password <length> without a valid e-mail gives a NOTICE from 2.14-168 on; before it is ignored
    When the user_admin calls update_user with:
      | agent_user     | {agent}  |
      | reset_password | <length> |
    Then from 2.14-168 on the answer is:
      """
      NOTICE: update_user USER PASSWORD RESET FAILED: NO VALID EMAIL PROVIDED - {user}|{agent}|
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    And before 2.14-168 the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | length |
      | 8      |
      | 10     |

  Scenario: reset_password 7 is too short to mean anything
    When the user_admin calls update_user with:
      | agent_user     | {agent} |
      | reset_password | 7       |
    Then the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And nothing was written

  @mock-only:mail
  Scenario: without a working mail system the reset reports the failure and PHP's last warning
    Given a test user "B" with:
      | email | agent1@example.com |
    When the user_admin calls update_user with:
      | agent_user     | {agent.B} |
      | reset_password | 8         |
    Then from 2.14-168 on the answer is:
      """
      NOTICE: update_user USER PASSWORD RESET FAILED: EMAIL FAILURE - {user}|{agent.B}|agent1@example.com|Undefined variable $login_problem
      ERROR: update_user NO UPDATES DEFINED: |{user}|
      """
    And before 2.14-168 the answer is "ERROR: update_user NO UPDATES DEFINED: |{user}|"
    And nothing was written
