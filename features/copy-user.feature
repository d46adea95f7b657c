@copy_user
Feature: copy_user creates a user as a copy of another
  copy_user exists from 2.14-128 on; older releases answer NO FUNCTION SPECIFIED after a successful login, even to a
  short source. It needs the caller rights of add_user and four fields: `agent_user` and `agent_pass` of at least 2
  characters, `source_user` and `agent_full_name` of at least 1. The level rule of add_user applies to the source
  user's level, the source user's group must exist and be visible to the caller (an unknown source user has no
  group, so the answer names an empty one), and the new user must not exist. The copy takes every setting of the
  source user (and its campaign and in-group agent rows) with its own name, password and full name.

  Background:
    Given a test user with:
      | hotkeys_active | 1                 |
      | email          | agent@example.com |

  Scenario: the user_admin copies a user
    When the user_admin calls copy_user with:
      | agent_user      | {agent.B}    |
      | agent_pass      | {agent_pass} |
      | agent_full_name | Copied Agent |
      | source_user     | {agent}      |
    Then from 2.14-128 on the answer is "SUCCESS: copy_user USER HAS BEEN COPIED - {user}|{agent.B}|{agent_pass}|Copied Agent|{agent}"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And from 2.14-128 on the admin log gained the entry USERS COPY "ADMIN API COPY USER" for "{agent.B}"
    And from 2.14-128 on user "{agent.B}" now has:
      | agent_full_name  | Copied Agent       |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_user_group | {agent_user_group} |
      | hotkeys_active   | 1                  |
      | email            | agent@example.com  |
    And before 2.14-128 nothing was written

  Scenario: an existing agent is copied
    When the user_admin calls copy_user with:
      | agent_user      | {agent.B}       |
      | agent_pass      | {agent_pass}    |
      | agent_full_name | Copied Agent    |
      | source_user     | {template_user} |
    Then from 2.14-128 on the answer is "SUCCESS: copy_user USER HAS BEEN COPIED - {user}|{agent.B}|{agent_pass}|Copied Agent|{template_user}"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario: the password and the full name are filtered as in add_user, and echoed filtered
    When the user_admin calls copy_user with:
      | agent_user      | {agent.B}  |
      | agent_pass      | a'b c      |
      | agent_full_name | Copy+Name  |
      | source_user     | {agent}    |
    Then from 2.14-128 on the answer is "SUCCESS: copy_user USER HAS BEEN COPIED - {user}|{agent.B}|abc|Copy+Name|{agent}"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario Outline: <who> may not copy users
    When <who> calls copy_user with:
      | agent_user      | {agent.B}    |
      | agent_pass      | {agent_pass} |
      | agent_full_name | Copied Agent |
      | source_user     | {agent}      |
    Then from 2.14-128 on the answer is "ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS: |{user}|0"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written

    Examples:
      | who                    |
      | the level7 user        |
      | the no_api_access user |

  Scenario: a short source is refused from 2.14-128 on; older releases do not know the function first
    When the user_admin calls copy_user with:
      | source          | z            |
      | agent_user      | {agent.B}    |
      | agent_pass      | {agent_pass} |
      | agent_full_name | Copied Agent |
      | source_user     | {agent}      |
    Then from 2.14-128 on the answer is:
      """
      ERROR: Invalid Source - z
      ERROR: Invalid Source: |z|
      """
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written

  Scenario Outline: required fields: <case>
    When the user_admin calls copy_user with:
      | agent_user      | <agent_user>      |
      | agent_pass      | <agent_pass>      |
      | agent_full_name | <agent_full_name> |
      | source_user     | <source_user>     |
    Then from 2.14-128 on the answer is "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|<echo>"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written

    Examples:
      | case                      | agent_user | agent_pass | agent_full_name | source_user | echo                                   |
      | agent_user of 1 character | 7          | cpw7101    | Copied Agent    | {agent}     | 7\|cpw7101\|{agent}\|Copied Agent       |
      | agent_pass of 1 character | {agent.B}  | p          | Copied Agent    | {agent}     | {agent.B}\|p\|{agent}\|Copied Agent     |
      | no source_user            | {agent.B}  | cpw7101    | Copied Agent    | (absent)    | {agent.B}\|cpw7101\|\|Copied Agent      |
      | no agent_full_name        | {agent.B}  | cpw7101    | (absent)        | {agent}     | {agent.B}\|cpw7101\|{agent}\|           |

  Scenario: with no field at all, every required field is echoed empty
    When the user_admin calls copy_user
    Then from 2.14-128 on the answer is "ERROR: copy_user YOU MUST USE ALL REQUIRED FIELDS: |{user}||||"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written

  Scenario Outline: a level-8 caller may copy a user of level <level>: <verdict>
    Given a test user "C" with:
      | agent_user_level | <level> |
    When the user_level8 user calls copy_user with:
      | agent_user      | {agent.B}    |
      | agent_pass      | {agent_pass} |
      | agent_full_name | Copied Agent |
      | source_user     | {agent.C}    |
    Then from 2.14-128 on the answer is "<answer>"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"

    Examples:
      | level | verdict | answer                                                                                                   |
      | 7     | yes     | SUCCESS: copy_user USER HAS BEEN COPIED - {user}\|{agent.B}\|{agent_pass}\|Copied Agent\|{agent.C}          |
      | 8     | no      | ERROR: copy_user USER DOES NOT HAVE PERMISSION TO COPY USERS IN THIS USER LEVEL: \|{user}\|8\|8             |

  Scenario: a source user that does not exist has no group
    When the user_admin calls copy_user with:
      | agent_user      | {agent.B}    |
      | agent_pass      | {agent_pass} |
      | agent_full_name | Copied Agent |
      | source_user     | {agent:20}   |
    Then from 2.14-128 on the answer is "ERROR: copy_user USER GROUP DOES NOT EXIST: |{user}|"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written

  Scenario: the new user must not exist
    When the user_admin calls copy_user with:
      | agent_user      | {agent}         |
      | agent_pass      | {agent_pass}    |
      | agent_full_name | Copied Agent    |
      | source_user     | {template_user} |
    Then from 2.14-128 on the answer is "ERROR: copy_user USER ALREADY EXISTS: |{user}|{agent}"
    And before 2.14-128 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written
