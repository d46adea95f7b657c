@user_details
Feature: user_details tells a user's name, group, level and whether it is active
  user_details exists from 2.14-168 on; older releases answer NO FUNCTION SPECIFIED after a successful login. It
  needs a caller with `vdc_agent_api_access=1`, `view_reports=1`, `user_level` above 6 and `active=Y`.
  `agent_user` must be 1 to 99 characters long; a user that does not exist or whose group the caller may not see
  is not found. The answer is one line of user, full name, group, level and active, separated by `|`, by `,` with
  `stage=csv` or by a tab with `stage=tab` (any other stage is `|`), after a header line only with `header=YES`
  exactly. The user column echoes the request, and nothing is escaped. Nothing is written.

  Background:
    Given a test user

  Scenario: the details of a user
    When the user_admin calls user_details with:
      | agent_user | {agent} |
    Then from 2.14-168 on the answer is "{agent}|Conformance agent|{agent_user_group}|1|Y"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"
    And nothing was written

  Scenario Outline: stage=<stage> header=<header>
    When the user_admin calls user_details with:
      | agent_user | {agent}  |
      | stage      | <stage>  |
      | header     | <header> |
    Then from 2.14-168 on the answer is:
      """
      <first line>
      {agent}<d>Conformance agent<d>{agent_user_group}<d>1<d>Y
      """
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"

    Examples:
      | stage | header | d     | first line                                                    |
      | pipe  | YES    | \|    | user\|full_name\|user_group\|user_level\|active                 |
      | csv   | YES    | ,     | user,full_name,user_group,user_level,active                   |
      | tab   | YES    | {tab} | user{tab}full_name{tab}user_group{tab}user_level{tab}active   |

  Scenario Outline: stage=<stage> without a header
    When the user_admin calls user_details with:
      | agent_user | {agent}  |
      | stage      | <stage>  |
      | header     | <header> |
    Then from 2.14-168 on the answer is "{agent}<d>Conformance agent<d>{agent_user_group}<d>1<d>Y"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"

    Examples:
      | stage | header   | d     |
      | csv   | (absent) | ,     |
      | tab   | (absent) | {tab} |
      | xml   | (absent) | \|    |
      | pipe  | yes      | \|    |

  Scenario: the user column echoes the name as asked, in any case
    When the user_admin calls user_details with:
      | agent_user | {AGENT} |
    Then from 2.14-168 on the answer is "{AGENT}|Conformance agent|{agent_user_group}|1|Y"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario: an inactive user is shown with N
    Given a test user "B" with:
      | agent_full_name | Agent Inactive |
    And the user_admin has updated user "{agent.B}" with:
      | active | N |
    When the user_admin calls user_details with:
      | agent_user | {agent.B} |
    Then from 2.14-168 on the answer is "{agent.B}|Agent Inactive|{agent_user_group}|1|N"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario: a caller without API access may not ask
    When the no_api_access user calls user_details with:
      | agent_user | {agent} |
    Then from 2.14-168 on the answer is "ERROR: user_details USER DOES NOT HAVE PERMISSION TO GET USER DETAILS: |{user}|0|"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"

  Scenario Outline: agent_user of <length> characters: <verdict>
    When the user_admin calls user_details with:
      | agent_user | <sent> |
    Then from 2.14-168 on the answer is "<answer>"
    And before 2.14-168 the answer is "ERROR: NO FUNCTION SPECIFIED"

    Examples:
      | length | sent       | verdict                 | answer                                                     |
      | 0      | (absent)   | invalid                 | ERROR: user_details INVALID SEARCH PARAMETERS: {user}\|      |
      | 99     | {agent:99} | looked up and not found | ERROR: user_details USER NOT FOUND: {user}\|{agent:99}       |
      | 100    | {agent:100} | invalid                | ERROR: user_details INVALID SEARCH PARAMETERS: {user}\|{agent:100} |
