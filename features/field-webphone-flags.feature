@fields @is_webphone @webphone_auto_answer @use_external_server_ip @on_hook_agent
Feature: Optional webphone flags (from 2.14-128 on)
  These fields exist from 2.14-128 on; before, they are ignored. is_webphone accepts Y, N or Y_API_LAUNCH in any
  case, webphone_auto_answer, use_external_server_ip and on_hook_agent accept Y or N in any case. Any other
  value is silently ignored: no error, nothing stored.

  Background:
    Given a test phone

  Scenario Outline: <field> "<sent>" is stored as "<stored>"
    When the admin updates the phone with <field> "<sent>"
    Then from 2.14-128 on the answer is "SUCCESS: update_phone PHONE HAS BEEN UPDATED - {user}|{extension}|{server_ip}|"
    And from 2.14-128 on the phone now has <field> "<stored>"
    And before 2.14-128 the answer is "NOTICE: update_phone NO UPDATES DEFINED: |{user}|"
    And before 2.14-128 nothing was written

    Examples:
      | field                  | sent         | stored       | why                        |
      | is_webphone            | Y            | Y            |                            |
      | is_webphone            | y            | Y            | the case is not checked    |
      | is_webphone            | Y_API_LAUNCH | Y_API_LAUNCH |                            |
      | is_webphone            | y_api_launch | Y_API_LAUNCH | the case is not checked    |
      | is_webphone            | N            | N            |                            |
      | is_webphone            | X            | N            | ignored, the old value stays |
      | webphone_auto_answer   | N            | N            |                            |
      | use_external_server_ip | Y            | Y            |                            |
      | on_hook_agent          | Y            | Y            |                            |
      | on_hook_agent          | X            | N            | ignored, the old value stays |
