@authentication @lockout
Feature: Lockout after ten failed logins
  Each failed login adds one to the user's `failed_login_count`. When the count has reached 10, what happens
  depends on the user's `last_login_date`:
  - if it is less than 15 minutes ago, every login is refused with the lockout message, even with the right
    password, until 15 minutes have passed;
  - if it is older, the failed login starts a new count at 1 (and sets `last_login_date` to now).
  A successful login sets `last_login_date` to now and the count to 0. So a user who logged in recently is
  locked at the 11th attempt, one who did not at the 21st.

  The lockout scenarios lock the level7 user for 15 minutes. On a real server they run only with
  `vicidial.disruptive=true`; scenarios that need an old `last_login_date` or a chosen clock run only on
  the simulator.

  Background:
    Given a test phone

  @disruptive
  Scenario: after a recent login, ten failures lock the account, and then even the right password is refused
    When the level7 user updates the phone
    Then the answer is "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |{user}|0"
    When the level7 user fails to log in 10 times
    Then every one of those answers was "ERROR: Login incorrect, please try again: |{user}|bad|BAD|"
    And the failed login count of the level7 user is 10
    When the level7 user updates the phone
    Then the answer is "ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|"
    When the level7 user updates the phone using the password "bad"
    Then the answer is "ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|"
    And the failed login count of the level7 user is 10

  @mock-only:clock
  # needs a user whose last login is older than 15 minutes; the suite's own logins make that impossible on a real server
  Scenario: a user who has not logged in for 15 minutes may log in after ten failures
    When the level7 user fails to log in 10 times
    Then every one of those answers was "ERROR: Login incorrect, please try again: |{user}|bad|BAD|"
    When the level7 user updates the phone
    Then the answer is "ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: |{user}|0"
    And the failed login count of the level7 user is 0

  @mock-only:clock
  # needs a user whose last login is older than 15 minutes; the suite's own logins make that impossible on a real server
  Scenario: without a recent login the lock comes at the 21st failure
    When the level7 user fails to log in 20 times
    Then every one of those answers was "ERROR: Login incorrect, please try again: |{user}|bad|BAD|"
    When the level7 user updates the phone using the password "bad"
    Then the answer is "ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|"
    When the level7 user updates the phone
    Then the answer is "ERROR: Too many login attempts, try again in 15 minutes: |{user}|LOCK|"

  @mock-only:state
  # sets a user's failed_login_count and last_login_date, which only the simulator lets the suite do
  Scenario Outline: a locked account opens again <minutes> minutes after its last login
    Given the simulator says the level7 user has failed 10 logins, the last login <minutes> minutes ago
    When the level7 user updates the phone
    Then the answer is "<answer>"

    Examples:
      | minutes | answer                                                                            |
      | 14      | ERROR: Too many login attempts, try again in 15 minutes: \|{user}\|LOCK\|          |
      | 16      | ERROR: update_phone USER DOES NOT HAVE PERMISSION TO UPDATE PHONES: \|{user}\|0    |
