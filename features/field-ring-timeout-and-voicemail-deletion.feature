@fields @phone_ring_timeout @delete_vm_after_email
Feature: Optional fields phone_ring_timeout and delete_vm_after_email (from 2.14-108 on)
  Both fields exist from 2.14-108 on; before, they are ignored, which leaves nothing to write (NO UPDATES
  DEFINED). phone_ring_timeout keeps only digits and must be 2 to 180 (the documentation says "1 to 3
  digits"); its error shows outbound_alt_cid instead of the timeout, a slip in the real code.
  delete_vm_after_email must be exactly Y or N.

  Background:
    Given a test phone

  Scenario Outline: phone_ring_timeout "<sent>" is stored as <stored>
    When the admin updates the phone with phone_ring_timeout "<sent>"
    Then from 2.14-108 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-108 on the phone now has phone_ring_timeout "<stored>"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-108 nothing was written

    Examples:
      | sent | stored | why                                   |
      | 2    | 2      | the minimum                           |
      | 180  | 180    | the maximum                           |
      | -5   | 5      | the dash is filtered out              |
      | 60s  | 60     | the s is filtered out                 |
      | 007  | 7      | stored as a number                    |
      | 2.5  | 25     | the dot is filtered out, leaving 25   |

  Scenario Outline: phone_ring_timeout "<sent>" is refused, and the error shows outbound_alt_cid
    When the admin updates the phone with phone_ring_timeout "<sent>"
    Then from 2.14-108 on the answer is "ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: |{user}|"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | sent |
      | 0    |
      | 1    |
      | 181  |

  Scenario: the ring timeout error shows the outbound_alt_cid that came with it
    When the admin updates the phone with:
      | outbound_alt_cid   | 7275551212 |
      | phone_ring_timeout | 1          |
    Then from 2.14-108 on the answer is "ERROR: update_phone PHONE RING TIMEOUT MUST BE FROM 2 TO 180 SECONDS, THIS IS AN OPTIONAL FIELD: |{user}|7275551212"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

  Scenario Outline: delete_vm_after_email "<sent>" is accepted
    When the admin updates the phone with delete_vm_after_email "<sent>"
    Then from 2.14-108 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-108 on the phone now has delete_vm_after_email "<sent>"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"

    Examples:
      | sent |
      | Y    |
      | N    |

  Scenario Outline: delete_vm_after_email "<sent>" is refused
    When the admin updates the phone with delete_vm_after_email "<sent>"
    Then from 2.14-108 on the answer is "ERROR: update_phone DELETE VOICEMAIL AFTER EMAIL MUST BE Y OR N, THIS IS AN OPTIONAL FIELD: |{user}|<sent>"
    And before 2.14-108 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And nothing was written

    Examples:
      | sent | why                              |
      | y    | the comparison is case-sensitive |
      | X    |                                  |
