@fields @outbound_cid @outbound_alt_cid
Feature: Optional fields outbound_cid and outbound_alt_cid
  outbound_cid keeps only digits (from 2.14-108 on, the literal ---ALL--- first passes whole) and must then be
  6 to 18 digits, so "727-555-1212" is stored as 7275551212. outbound_alt_cid exists from 2.14-108 on (before,
  it is ignored): it keeps [0-9a-zA-Z] and must be 6 to 18 characters, letters included.

  Background:
    Given a test phone

  Scenario Outline: outbound_cid "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with outbound_cid "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has outbound_cid "<stored>"

    Examples:
      | sent            | stored      | why                         |
      | 123456          | 123456      | 6 digits, the minimum       |
      | {8*18}          | {8*18}      | 18 digits, the maximum      |
      | 727-555-1212    | 7275551212  | dashes are filtered out     |
      | (727) 555-1212  | 7275551212  | brackets and spaces too     |
      | +1 727 555 1212 | 17275551212 | and the plus sign           |

  Scenario Outline: outbound_cid "<sent>" is refused
    When the admin updates the phone with outbound_cid "<sent>"
    Then the answer is "ERROR: update_phone OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |{user}|<shown>"
    And nothing was written

    Examples:
      | sent   | shown  | why                                    |
      | 12345  | 12345  | 5 digits                               |
      | {8*19} | {8*19} | 19 digits                              |
      | 12a45  | 1245   | letters are filtered out, leaving 4    |

  Scenario: outbound_cid ---ALL--- is stored literally from 2.14-108 on, and filtered to nothing before
    When the admin updates the phone with outbound_cid "---ALL---"
    Then from 2.14-108 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-108 on the phone now has outbound_cid "---ALL---"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-108 nothing was written

  Scenario Outline: outbound_alt_cid "<sent>" is accepted from 2.14-108 on, and ignored before
    When the admin updates the phone with outbound_alt_cid "<sent>"
    Then from 2.14-108 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-108 on the phone now has outbound_alt_cid "<stored>"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-108 nothing was written

    Examples:
      | sent         | stored     | why                       |
      | 123456       | 123456     | 6 characters, the minimum |
      | {8*18}       | {8*18}     | 18 characters, the maximum |
      | 727-555-1212 | 7275551212 | dashes are filtered out   |
      | abcdef       | abcdef     | letters are accepted      |

  Scenario Outline: outbound_alt_cid "<sent>" is refused from 2.14-108 on, and ignored before
    When the admin updates the phone with outbound_alt_cid "<sent>"
    Then from 2.14-108 on the answer is "ERROR: update_phone OUTBOUND ALT CID MUST BE FROM 6 TO 18 DIGITS, THIS IS AN OPTIONAL FIELD: |{user}|<sent>"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | sent   |
      | 12345  |
      | {8*19} |
