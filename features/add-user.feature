@add_user
Feature: add_user creates a user
  add_user needs a caller with `vdc_agent_api_access=1`, `modify_users=1`, `user_level` 8 or more and `active=Y`.
  Then five fields are required: `agent_user` and `agent_pass` of at least 2 characters, `agent_user_level`,
  `agent_full_name` and `agent_user_group` of at least 1, each counted after the input filter. A caller below level
  9 may only create users below its own level; a level-9 caller may create any level (10 and 255 too), its own only
  with `modify_same_user_level=1`. The group must exist and be one the caller may see, and the user must be new
  (names compare case-insensitively). An `agent_user` containing `AUTOGENERA` takes the next free number of the
  server's counter instead. Nothing else is validated: the database cuts over-long values and the answer echoes the
  values as sent. 2.14-160 and later remove everything but letters, digits, `-` and `_` from `agent_user`; older
  releases keep it as sent. Where a value breaks the SQL statement, 2.14-168 and later fail with HTTP 500 and older
  releases answer SUCCESS without writing the user.

  Scenario: the user_admin adds an agent with the five required fields
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|1|New Agent|{agent_user_group}"
    And the admin log gained the entry USERS ADD "ADMIN API ADD USER" for "{agent}"
    And user "{agent}" exists
    And user "{agent}" now has:
      | agent_full_name         | New Agent          |
      | agent_user_level        | 1                  |
      | agent_user_group        | {agent_user_group} |
      | active                  | Y                  |
      | hotkeys_active          | 0                  |
      | wrapup_seconds_override | -1                 |
      | modify_users            | 0                  |
      | view_reports            | 0                  |
      | vdc_agent_api_access    | 0                  |

  Scenario: the optional fields are stored; voicemail_id keeps letters from 2.14-168 on
    When the user_admin calls add_user with:
      | agent_user              | {agent}            |
      | agent_pass              | {agent_pass}       |
      | agent_user_level        | 1                  |
      | agent_full_name         | New Agent          |
      | agent_user_group        | {agent_user_group} |
      | hotkeys_active          | 1                  |
      | voicemail_id            | vm-12              |
      | email                   | new@example.com    |
      | custom_one              | one                |
      | custom_five             | five               |
      | wrapup_seconds_override | 30                 |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|1|New Agent|{agent_user_group}"
    And user "{agent}" now has:
      | hotkeys_active          | 1               |
      | email                   | new@example.com |
      | custom_one              | one             |
      | custom_five             | five            |
      | wrapup_seconds_override | 30              |
    And from 2.14-168 on user "{agent}" now has:
      | voicemail_id | vm12 |
    And before 2.14-168 user "{agent}" now has:
      | voicemail_id | 12 |

  Scenario Outline: the database keeps <field> "<sent>" as <stored>
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
      | <field>          | <sent>             |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|1|New Agent|{agent_user_group}"
    And user "{agent}" now has:
      | <field> | <stored> |

    Examples:
      | field                   | sent  | stored |
      | hotkeys_active          | 5     | {empty} |
      | hotkeys_active          | abc   | 0      |
      | wrapup_seconds_override | 99999 | 32767  |
      | wrapup_seconds_override | -5    | -5     |
      | custom_one              | {c*120} | {c*100} |

  Scenario Outline: without <missing> the required fields are incomplete
    When the user_admin calls add_user with:
      | agent_user       | {agent}   |
      | agent_pass       | <pass>    |
      | agent_user_level | <level>   |
      | agent_full_name  | <name>    |
      | agent_user_group | <group>   |
    Then the answer is "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|<echo>"
    And nothing was written

    Examples:
      | missing          | pass     | level    | name      | group              | echo                                             |
      | agent_pass       | (absent) | 1        | New Agent | {agent_user_group} | {agent}\|\|1\|New Agent\|{agent_user_group}       |
      | agent_user_level | pw7001   | (absent) | New Agent | {agent_user_group} | {agent}\|pw7001\|\|New Agent\|{agent_user_group}  |
      | agent_full_name  | pw7001   | 1        | (absent)  | {agent_user_group} | {agent}\|pw7001\|1\|\|{agent_user_group}          |
      | agent_user_group | pw7001   | 1        | New Agent | (absent)           | {agent}\|pw7001\|1\|New Agent\|                   |

  Scenario: with no field at all, every required field is echoed empty
    When the user_admin calls add_user
    Then the answer is "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|||||"
    And nothing was written

  Scenario Outline: a required field that the filter empties counts as missing (<field> "<sent>")
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | pw7001             |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
      | <field>          | <sent>             |
    Then the answer is "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|<echo>"
    And nothing was written

    Examples:
      | field            | sent | echo                                             |
      | agent_user_level | abc  | {agent}\|pw7001\|\|New Agent\|{agent_user_group} |
      | agent_full_name  | !!   | {agent}\|pw7001\|1\|\|{agent_user_group}         |
      | agent_pass       | p    | {agent}\|p\|1\|New Agent\|{agent_user_group}     |

  Scenario: an agent_user of 1 character is too short
    When the user_admin calls add_user with:
      | agent_user       | 7                  |
      | agent_pass       | pw7001             |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "ERROR: add_user YOU MUST USE ALL REQUIRED FIELDS: |{user}|7|pw7001|1|New Agent|{agent_user_group}"
    And nothing was written

  @mock-only:short-user
  Scenario: an agent_user of 2 characters is long enough
    When the user_admin calls add_user with:
      | agent_user       | 77                 |
      | agent_pass       | pw7001             |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|77|pw7001|1|New Agent|{agent_user_group}"
    And user "77" exists

  Scenario: an agent_user of 21 characters is echoed whole and stored cut to 20
    When the user_admin calls add_user with:
      | agent_user       | {agent:21}         |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent:21}|{agent_pass}|1|New Agent|{agent_user_group}"
    And user "{agent:20}" exists

  Scenario: punctuation in agent_user is removed from 2.14-160 on and kept before
    When the user_admin calls add_user with:
      | agent_user       | {agent} x!         |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then from 2.14-160 on the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}x|{agent_pass}|1|New Agent|{agent_user_group}"
    And before 2.14-160 the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent} x!|{agent_pass}|1|New Agent|{agent_user_group}"

  Scenario: the password and the full name lose the characters their filters remove
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | p@ss w'rd!         |
      | agent_user_level | 1                  |
      | agent_full_name  | O'Brien "x" A+B    |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|psswrd|1|OBrien x A+B|{agent_user_group}"
    And user "{agent}" now has:
      | agent_pass      | psswrd       |
      | agent_full_name | OBrien x A+B |

  Scenario: an apostrophe in email breaks the statement: HTTP 500 from 2.14-168 on, a SUCCESS that writes no user before
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
      | email            | a+b'c@example.com  |
    Then from 2.14-168 on the server fails with HTTP 500 and an empty body
    And before 2.14-168 the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|1|New Agent|{agent_user_group}"
    And user "{agent}" does not exist

  Scenario Outline: a level-8 caller may add level <level>: <verdict>
    When the user_level8 user calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | <level>            |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "<answer>"

    Examples:
      | level | verdict | answer                                                                                              |
      | 7     | yes     | SUCCESS: add_user USER HAS BEEN ADDED - {user}\|{agent}\|{agent_pass}\|7\|New Agent\|{agent_user_group} |
      | 8     | no      | ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL: \|{user}\|8\|8           |
      | 9     | no      | ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS USER LEVEL: \|{user}\|9\|8           |

  Scenario Outline: a level-9 caller with modify_same_user_level may add level <level>
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | <level>            |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|<level>|New Agent|{agent_user_group}"
    And user "{agent}" now has:
      | agent_user_level | <level> |

    Examples:
      | level |
      | 0     |
      | 9     |

  @mock-only:high-level
  Scenario: there is no upper bound: level 300 is echoed and stored as 255
    When the user_admin calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 300                |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|{agent}|{agent_pass}|300|New Agent|{agent_user_group}"
    And user "{agent}" now has:
      | agent_user_level | 255 |

  Scenario Outline: <who> may not add users
    When <who> calls add_user with:
      | agent_user       | {agent}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "ERROR: add_user USER DOES NOT HAVE PERMISSION TO ADD USERS: |{user}|0"
    And nothing was written

    Examples:
      | who                    |
      | the level7 user        |
      | the no_api_access user |

  Scenario: a group that does not exist
    When the user_admin calls add_user with:
      | agent_user       | {agent}         |
      | agent_pass       | {agent_pass}    |
      | agent_user_level | 1               |
      | agent_full_name  | New Agent       |
      | agent_user_group | {PREFIX}NOGROUP |
    Then the answer is "ERROR: add_user USER GROUP DOES NOT EXIST: |{user}|{PREFIX}NOGROUP"
    And nothing was written

  Scenario: a user that exists cannot be added again, in any case
    Given a test user
    When the user_admin calls add_user with:
      | agent_user       | {AGENT}            |
      | agent_pass       | {agent_pass}       |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "ERROR: add_user USER ALREADY EXISTS: |{user}|{AGENT}"
    And nothing was written

  @mock-only:auto-user
  Scenario: AUTOGENERATE takes the server's next free number, twice in a row
    When the user_admin calls add_user with:
      | agent_user       | AUTOGENERATE       |
      | agent_pass       | pw7001             |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|1101|pw7001|1|New Agent|{agent_user_group}"
    When the user_admin calls add_user with:
      | agent_user       | xAUTOGENERAx       |
      | agent_pass       | pw7001             |
      | agent_user_level | 1                  |
      | agent_full_name  | New Agent          |
      | agent_user_group | {agent_user_group} |
    Then the answer is "SUCCESS: add_user USER HAS BEEN ADDED - {user}|1108|pw7001|1|New Agent|{agent_user_group}"
