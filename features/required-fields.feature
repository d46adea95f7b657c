@required
Feature: Required fields
  update_phone needs `extension` (at least 2 characters after its filter) and `server_ip` (at least 1). The
  documentation's "2 to 100 characters" for extension is only half true: there is no maximum. The error names
  both values, after filtering, without a closing bar.

  Background:
    Given a test phone

  Scenario: extension missing
    When the admin updates the phone with:
      | extension | (absent) |
    Then the answer is "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}||{server_ip}"
    And nothing was written

  Scenario: extension of 1 character
    When the admin updates the phone with extension "c"
    Then the answer is "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|c|{server_ip}"

  Scenario: extension that is 1 character once filtered
    When the admin updates the phone with extension "cé"
    Then the answer is "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|c|{server_ip}"

  Scenario: server_ip missing
    When the admin updates the phone with:
      | server_ip | (absent) |
    Then the answer is "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|{extension}|"

  Scenario: server_ip empty
    When the admin updates the phone with server_ip ""
    Then the answer is "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}|{extension}|"

  Scenario: both missing
    When the admin updates the phone with:
      | extension | (absent) |
      | server_ip | (absent) |
    Then the answer is "ERROR: update_phone YOU MUST USE ALL REQUIRED FIELDS: |{user}||"

  @mock-only:short-extension
  # updates a phone with a 2-character extension, which on a real server could belong to someone else
  Scenario: an existing phone with an extension of exactly 2 characters
    Given the simulator holds this phones row:
      | extension | c2         |
      | server_ip | {server_ip} |
      | login     | c2         |
    When the admin updates the phone with extension "c2"
    Then before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|c2|{server_ip}|"

  # looks up the extension "--", which on a real server could belong to someone else: it runs where the stored
  # state (on a real server, vicidial.db.url) shows no such phone
  Scenario: an extension of two dashes passes the length check
    Given no phone on the server has extension "--"
    When the admin updates the phone with extension "--"
    Then the answer is "ERROR: update_phone PHONE DOES NOT EXIST ON THIS SERVER: |{user}|{server_ip}|--"
