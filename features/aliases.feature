@aliases
Feature: Phone aliases and group aliases
  add_phone_alias and update_phone_alias need a caller with `vdc_agent_api_access=1`, `ast_admin_access=1`,
  `user_level` 8 or more and `active=Y`. A phone alias needs an `alias_id` of at least 2 characters, an `alias_name`
  and `phone_logins` of at least 2 characters: a comma-separated list in which every element is the login of a
  phone (an empty element is not). update_phone_alias changes the name (2 to 50 characters) or the logins of an
  existing alias, or deletes it with `delete_alias=Y`, which needs `ast_delete_phones=1` too. add_group_alias needs
  only a `caller_id_number` of at least 6 digits; a `group_alias_id` or `group_alias_name` shorter than 2 characters
  becomes the number. Every release answers these functions alike.

  Scenario: the user_admin adds a phone alias over two phones
    Given a test phone
    And a test phone "B"
    When the user_admin calls add_phone_alias with:
      | alias_id     | {alias}              |
      | alias_name   | Alias Three          |
      | phone_logins | {login},{B.login}    |
    Then the answer is "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - {user}|{alias}|Alias Three|{login},{B.login}"
    And the admin log gained the entry PHONEALIASES ADD "ADMIN API ADD PHONE ALIAS" for "{alias}"
    And phone alias "{alias}" exists
    And phone alias "{alias}" now has:
      | alias_name   | Alias Three       |
      | phone_logins | {login},{B.login} |
      | user_group   | ---ALL---         |

  Scenario: the alias id and the name lose what their filters remove; logins compare case-insensitively
    Given a test phone
    When the user_admin calls add_phone_alias with:
      | alias_id     | {alias} 4       |
      | alias_name   | My+Alias's #1   |
      | phone_logins | {EXTENSION}     |
    Then the answer is "SUCCESS: add_phone_alias PHONE ALIAS HAS BEEN ADDED - {user}|{alias}4|My+Aliass 1|{EXTENSION}"
    And phone alias "{alias}4" exists

  Scenario: a caller without ast_admin_access may not add phone aliases
    Given a test phone
    When the no_ast_admin user calls add_phone_alias with:
      | alias_id     | {alias} |
      | alias_name   | A3      |
      | phone_logins | {login} |
    Then the answer is "ERROR: add_phone_alias USER DOES NOT HAVE PERMISSION TO ADD PHONE ALIASES: |{user}|0"
    And nothing was written

  Scenario Outline: required fields of add_phone_alias: <case>
    When the user_admin calls add_phone_alias with:
      | alias_id     | <alias_id>     |
      | alias_name   | <alias_name>   |
      | phone_logins | <phone_logins> |
    Then the answer is "ERROR: add_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |{user}|<echo>"
    And nothing was written

    Examples:
      | case                        | alias_id | alias_name | phone_logins | echo                   |
      | none                        | (absent) | (absent)   | (absent)     | \|\|                   |
      | alias_id of 1 character     | a        | A3         | cc100        | a\|A3\|cc100           |
      | phone_logins of 1 character | {alias}  | A3         | c            | {alias}\|A3\|c         |
      | no alias_name               | {alias}  | (absent)   | cc100        | {alias}\|\|cc100       |

  Scenario: a phone alias that exists cannot be added again
    Given a test phone
    And a test phone alias for the phone
    When the user_admin calls add_phone_alias with:
      | alias_id     | {alias} |
      | alias_name   | A1      |
      | phone_logins | {login} |
    Then the answer is "ERROR: add_phone_alias PHONE ALIAS ALREADY EXISTS: |{user}|{alias}"
    And nothing was written

  Scenario Outline: every login must be a phone's: <case>
    Given a test phone
    When the user_admin calls add_phone_alias with:
      | alias_id     | {alias}  |
      | alias_name   | A3       |
      | phone_logins | <logins> |
    Then the answer is "ERROR: add_phone_alias PHONE DOES NOT EXIST: |{user}|<missing>"
    And nothing was written
    And phone alias "{alias}" no longer exists

    Examples:
      | case                   | logins                                      | missing             |
      | the second is missing  | {login},{unknown_extension},{prefix}nosuch2 | {unknown_extension} |
      | a trailing comma       | {login},                                    | {empty}             |

  Rule: update_phone_alias

    Background:
      Given a test phone
      And a test phone "B"
      And a test phone alias for the phone

    Scenario: the user_admin renames a phone alias
      When the user_admin calls update_phone_alias with:
        | alias_id   | {alias} |
        | alias_name | Renamed |
      Then the answer is "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - {user}|{alias}|"
      And the admin log gained the entry PHONEALIASES MODIFY "ADMIN API UPDATE PHONE" for "{alias}"
      And phone alias "{alias}" now has:
        | alias_name | Renamed |

    Scenario: the logins of a phone alias are replaced
      When the user_admin calls update_phone_alias with:
        | alias_id     | {alias}           |
        | phone_logins | {B.login},{login} |
      Then the answer is "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - {user}|{alias}|"
      And phone alias "{alias}" now has:
        | phone_logins | {B.login},{login} |

    Scenario Outline: an alias_name of <length> characters: <verdict>
      When the user_admin calls update_phone_alias with:
        | alias_id   | {alias} |
        | alias_name | <name>  |
      Then the answer is "<answer>"

      Examples:
        | length | name   | verdict | answer                                                                       |
        | 1      | X      | refused | ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: \|{user}\|X          |
        | 50     | {N*50} | kept    | SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - {user}\|{alias}\|     |
        | 51     | {N*51} | refused | ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: \|{user}\|{N*51}     |

    Scenario: a login that is no phone's
      When the user_admin calls update_phone_alias with:
        | alias_id     | {alias}                       |
        | phone_logins | {login},{unknown_extension}   |
      Then the answer is "ERROR: update_phone_alias PHONE DOES NOT EXIST: |{user}|{unknown_extension}"
      And nothing was written

    Scenario: the name is checked before the logins, and logins shorter than 2 characters are ignored
      When the user_admin calls update_phone_alias with:
        | alias_id     | {alias}             |
        | alias_name   | X                   |
        | phone_logins | {unknown_extension} |
      Then the answer is "ERROR: update_phone_alias YOU MUST USE A VALID ALIAS NAME: |{user}|X"
      When the user_admin calls update_phone_alias with:
        | alias_id     | {alias} |
        | phone_logins | c       |
        | alias_name   | Name2   |
      Then the answer is "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN UPDATED - {user}|{alias}|"
      And phone alias "{alias}" now has:
        | alias_name   | Name2   |
        | phone_logins | {login} |

    Scenario Outline: required fields of update_phone_alias: <case>
      When the user_admin calls update_phone_alias with:
        | alias_id     | <alias_id> |
        | delete_alias | <delete>   |
      Then the answer is "ERROR: update_phone_alias YOU MUST USE ALL REQUIRED FIELDS: |{user}|<echo>||"
      And nothing was written

      Examples:
        | case                           | alias_id | delete   | echo    |
        | none                           | (absent) | (absent) | {empty} |
        | only alias_id                  | {alias}  | (absent) | {alias} |
        | delete_alias=y filtered empty  | {alias}  | y        | {alias} |

    Scenario: an alias that does not exist
      When the user_admin calls update_phone_alias with:
        | alias_id   | {unknown_alias} |
        | alias_name | X1              |
      Then the answer is "ERROR: update_phone_alias PHONE ALIAS DOES NOT EXIST: |{user}|{unknown_alias}"
      And nothing was written

    Scenario: the user_admin deletes a phone alias
      When the user_admin calls update_phone_alias with:
        | alias_id     | {alias} |
        | delete_alias | Y       |
      Then the answer is "SUCCESS: update_phone_alias PHONE ALIAS HAS BEEN DELETED - {user}|{alias}"
      And phone alias "{alias}" no longer exists

    Scenario: a caller without ast_delete_phones may not delete a phone alias
      When the no_delete user calls update_phone_alias with:
        | alias_id     | {alias} |
        | delete_alias | Y       |
      Then the answer is "NOTICE: update_phone_alias USER DOES NOT HAVE PERMISSION TO DELETE PHONE ALIASES: |{user}|0"
      And nothing was written
      And phone alias "{alias}" exists

    Scenario: delete_alias=N alone is nothing to update
      When the user_admin calls update_phone_alias with:
        | alias_id     | {alias} |
        | delete_alias | N       |
      Then the answer is "NOTICE: update_phone_alias NO UPDATES DEFINED: |{user}|"
      And nothing was written

    Scenario: a caller without ast_admin_access may not update phone aliases
      When the no_ast_admin user calls update_phone_alias with:
        | alias_id   | {alias} |
        | alias_name | X1      |
      Then the answer is "ERROR: update_phone_alias USER DOES NOT HAVE PERMISSION TO UPDATE PHONE ALIASES: |{user}|0"
      And nothing was written

  Rule: add_group_alias

    Scenario: a caller without ast_admin_access may not add group aliases
      When the no_ast_admin user calls add_group_alias with:
        | caller_id_number | 3125551212 |
      Then the answer is "ERROR: add_group_alias USER DOES NOT HAVE PERMISSION TO ADD GROUP ALIASES: |{user}|0"
      And nothing was written

    Scenario Outline: required fields of add_group_alias: <case>
      When the user_admin calls add_group_alias with:
        | group_alias_id   | <id>     |
        | caller_id_number | <number> |
      Then the answer is "ERROR: add_group_alias YOU MUST USE ALL REQUIRED FIELDS: |{user}|<echo>"
      And nothing was written

      Examples:
        | case                          | id         | number   | echo                   |
        | none                          | (absent)   | (absent) | \|\|                   |
        | a caller_id_number of 5 digits | {PREFIX}GA | 12345    | {PREFIX}GA\|\|12345    |

    @mock-only:group-alias
    Scenario: a group alias is added once; a short id and name become the number
      When the user_admin calls add_group_alias with:
        | group_alias_id   | GA2        |
        | group_alias_name | Group Two  |
        | caller_id_number | 3125551212 |
        | caller_id_name   | Support    |
        | active           | N          |
      Then the answer is "SUCCESS: add_group_alias GROUP ALIAS HAS BEEN ADDED - {user}|GA2|Group Two|3125551212"
      And the admin log gained the entry GROUPALIASES ADD "ADMIN API ADD GROUP ALIAS" for "GA2"
      When the user_admin calls add_group_alias with:
        | group_alias_id   | GA2        |
        | caller_id_number | 3125551212 |
      Then the answer is "ERROR: add_group_alias GROUP ALIAS ALREADY EXISTS: |{user}|GA2|3125551212"
      When the user_admin calls add_group_alias with:
        | group_alias_id   | G          |
        | group_alias_name | N          |
        | caller_id_number | 3125551216 |
      Then the answer is "SUCCESS: add_group_alias GROUP ALIAS HAS BEEN ADDED - {user}|3125551216|3125551216|3125551216"
