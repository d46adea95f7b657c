@fields @email
Feature: Optional field email
  email keeps [- '+.:/@%_0-9a-zA-Z], turns + into a space, and must then be 5 to 300 characters long; before
  2.14-108 the minimum was 4. Nothing checks that it looks like an address. The column holds 100 characters,
  so longer values are cut. An apostrophe passes the filter and breaks the real server's SQL statement: before
  2.14-168 the broken statement fails silently, so the update succeeds without storing the email; from 2.14-168
  on (PHP 8) the server fails with HTTP 500.

  Background:
    Given a test phone

  Scenario Outline: email "<sent>" is accepted and stored as "<stored>"
    When the admin updates the phone with email "<sent>"
    Then the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And the phone now has email "<stored>"

    Examples:
      | sent                | stored           | why                                   |
      | a@b.c               | a@b.c            | 5 characters, the minimum             |
      | notanemail          | notanemail       | no check of the address form          |
      | a+b@x.com           | a b@x.com        | + becomes a space                     |
      | <a@b.com>           | a@b.com          | < and > are filtered out              |
      | {m*91}@test.comx    | {m*91}@test.com  | 101 characters, cut to the column's 100 |
      | {m*290}@test.comx   | {m*100}          | 300 characters, the maximum, cut to 100 |

  Scenario Outline: email "<sent>" is too short or too long
    When the admin updates the phone with email "<sent>"
    Then the answer is "ERROR: update_phone YOU MUST USE A VALID EMAIL: |{user}|<sent>"
    And nothing was written

    Examples:
      | sent              |
      | a@b               |
      | {m*291}@test.comx |

  Scenario: an email of 4 characters is too short from 2.14-108 on, and was long enough before
    When the admin updates the phone with email "a@bc"
    Then from 2.14-108 on the answer is "ERROR: update_phone YOU MUST USE A VALID EMAIL: |{user}|a@bc"
    And from 2.14-108 on nothing was written
    And before 2.14-108 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And before 2.14-108 the phone now has email "a@bc"

  Scenario: an apostrophe in email is silently lost before 2.14-168 and crashes the server from 2.14-168 on
    When the admin updates the phone with email "o'neil@x.com"
    Then before 2.14-168 the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And before 2.14-168 the phone is unchanged
    And from 2.14-168 on the server fails with HTTP 500 and an empty body
    And from 2.14-168 on nothing was written
