-- Deletes what setup.sql created under @prefix: its users, user groups and conf template, and nothing else. A row
-- with one of those names that setup.sql did not make (its full_name, group_name or template_name lacks the
-- marker) stays. Running it again deletes nothing. It needs only SELECT and DELETE on the database.
--
-- It leaves the dialer's logs alone (vicidial_admin_log and the API's own logs keep what the suite did), and it
-- does not delete users that a broken suite run left in the agent group: it names them instead, as they are not
-- under @prefix but under that run's prefix.

-- the same names and marker as setup.sql, compared in utf8mb4 for the same reason
SET @setup_p = CONVERT(@prefix USING utf8mb4);
SET @setup_g = UPPER(@setup_p);
SET @setup_marker = CONCAT('conformance ', @setup_p, ' ');
SET @setup_users = CONCAT_WS(',',
    CONCAT(@setup_p, 'admin'), CONCAT(@setup_p, 'nodelete'), CONCAT(@setup_p, 'level7'),
    CONCAT(@setup_p, 'noastadmin'), CONCAT(@setup_p, 'noapi'), CONCAT(@setup_p, 'restricted'),
    CONCAT(@setup_p, 'limited'), CONCAT(@setup_p, 'useradmin'), CONCAT(@setup_p, 'usernodel'),
    CONCAT(@setup_p, 'userlevel8'), CONCAT(@setup_p, 'template'));
SET @setup_groups = CONCAT_WS(',',
    CONCAT(@setup_g, 'ADMINS'), CONCAT(@setup_g, 'LIMITED'), CONCAT(@setup_g, 'HIDDEN'), CONCAT(@setup_g, 'AGENTS'));
SET @setup_template = CONCAT(@setup_p, 'tmpl');

SET @teardown_refusal = IF(@setup_p IS NULL OR @setup_p NOT REGEXP '^[A-Za-z][A-Za-z0-9]{1,9}$',
    'set @prefix to the prefix setup.sql was given', NULL);
-- as in setup.sql: SIGNAL stops a client reading the script from its standard input, the conditions below a SOURCE
SET @teardown_stop = IF(@teardown_refusal IS NULL, 'DO 0', CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ',
    QUOTE(CONCAT('teardown.sql refused: ', @teardown_refusal))));
PREPARE teardown_stop FROM @teardown_stop;
EXECUTE teardown_stop;
DEALLOCATE PREPARE teardown_stop;

SET @teardown_left = (SELECT GROUP_CONCAT(CONCAT(CONVERT(user USING utf8mb4), ' (', CONVERT(user_group USING utf8mb4),
        ')') ORDER BY user SEPARATOR ', ')
    FROM vicidial_users
    WHERE FIND_IN_SET(CONVERT(user_group USING utf8mb4), @setup_groups)
        AND NOT (FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users)
            AND CONVERT(full_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%')));

DELETE FROM vicidial_users
WHERE @teardown_refusal IS NULL
    AND FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users)
    AND CONVERT(full_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%');
SET @teardown_users = ROW_COUNT();

DELETE FROM vicidial_user_groups
WHERE @teardown_refusal IS NULL
    AND FIND_IN_SET(CONVERT(user_group USING utf8mb4), @setup_groups)
    AND CONVERT(group_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%');
SET @teardown_groups = ROW_COUNT();

DELETE FROM vicidial_conf_templates
WHERE @teardown_refusal IS NULL
    AND CONVERT(template_id USING utf8mb4) = @setup_template
    AND CONVERT(template_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%');
SET @teardown_templates = ROW_COUNT();

SELECT line AS '# teardown.sql'
FROM (
    SELECT 1 AS n, CONCAT('# prefix ', @setup_p, ': deleted ', @teardown_users, ' users, ', @teardown_groups,
            ' user groups, ', @teardown_templates, ' conf templates') AS line
    UNION ALL SELECT 2, CONCAT('# users in its groups that setup.sql did not make, left in place: ', @teardown_left)
) AS report
WHERE @teardown_refusal IS NULL AND line IS NOT NULL
ORDER BY n;
