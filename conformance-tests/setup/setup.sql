-- Creates the users, user groups and conf template the conformance suite needs on a VICIdial dialer, every one named
-- under @prefix, and prints the suite's properties file. Run it on the dialer's database (conformance-tests/setup/
-- README.md has the command); remove what it made with teardown.sql and the same @prefix.
--
-- Given as user variables: @prefix, @url, @server_ip (required); @second_server_ip, @unknown_server_ip, @entropy.
-- It refuses, and writes nothing, when a setting is wrong or any of its names exists already. It needs only SELECT
-- and INSERT on the database, and it uses no stored procedure or temporary table, which the dialer's accounts
-- usually may not create.

-- Every name is compared in utf8mb4 on both sides: dialer tables are latin1 or utf8_unicode_ci, the client's
-- connection has yet another collation, and MariaDB refuses to compare two different collations directly.
SET @setup_p = CONVERT(@prefix USING utf8mb4);
SET @setup_g = UPPER(@setup_p);
SET @setup_url = CONVERT(@url USING utf8mb4);
SET @setup_server_ip = CONVERT(@server_ip USING utf8mb4);
SET @setup_second_server_ip = CONVERT(@second_server_ip USING utf8mb4);
SET @setup_unknown_server_ip = CONVERT(COALESCE(@unknown_server_ip, '10.255.255.254') USING utf8mb4);
-- full_name, group_name and template_name start with it: teardown.sql deletes only rows that carry it, never a row
-- of the same name that someone else made
SET @setup_marker = CONCAT('conformance ', @setup_p, ' ');
-- in the order of the properties file
SET @setup_users = CONCAT_WS(',',
    CONCAT(@setup_p, 'admin'), CONCAT(@setup_p, 'nodelete'), CONCAT(@setup_p, 'level7'),
    CONCAT(@setup_p, 'noastadmin'), CONCAT(@setup_p, 'noapi'), CONCAT(@setup_p, 'restricted'),
    CONCAT(@setup_p, 'limited'), CONCAT(@setup_p, 'useradmin'), CONCAT(@setup_p, 'usernodel'),
    CONCAT(@setup_p, 'userlevel8'), CONCAT(@setup_p, 'template'));
SET @setup_groups = CONCAT_WS(',',
    CONCAT(@setup_g, 'ADMINS'), CONCAT(@setup_g, 'LIMITED'), CONCAT(@setup_g, 'HIDDEN'), CONCAT(@setup_g, 'AGENTS'));
SET @setup_template = CONCAT(@setup_p, 'tmpl');

SET @setup_taken = CONCAT_WS(' ',
    (SELECT GROUP_CONCAT(CONVERT(user USING utf8mb4) SEPARATOR ' ') FROM vicidial_users
        WHERE FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users)),
    (SELECT GROUP_CONCAT(CONVERT(user_group USING utf8mb4) SEPARATOR ' ') FROM vicidial_user_groups
        WHERE FIND_IN_SET(CONVERT(user_group USING utf8mb4), @setup_groups)),
    (SELECT GROUP_CONCAT(CONVERT(template_id USING utf8mb4) SEPARATOR ' ') FROM vicidial_conf_templates
        WHERE CONVERT(template_id USING utf8mb4) = @setup_template));

-- the longest name, <prefix>userlevel8, must fit vicidial_users.user (20 characters); the API's filters keep only
-- letters, digits, - and _ in user names and groups
SET @setup_refusal = CASE
    WHEN @setup_p IS NULL OR @setup_p NOT REGEXP '^[A-Za-z][A-Za-z0-9]{1,9}$'
        THEN 'set @prefix to 2 to 10 letters or digits, the first a letter'
    WHEN @setup_url IS NULL OR @setup_url NOT REGEXP '^https?://'
        THEN 'set @url to the URL of non_agent_api.php'
    WHEN NOT EXISTS (SELECT 1 FROM servers WHERE CONVERT(server_ip USING utf8mb4) = @setup_server_ip)
        THEN CONCAT('@server_ip ', COALESCE(@setup_server_ip, '(not set)'), ' is not a server_ip of servers')
    WHEN @setup_second_server_ip IS NOT NULL AND (@setup_second_server_ip = @setup_server_ip
        OR NOT EXISTS (SELECT 1 FROM servers WHERE CONVERT(server_ip USING utf8mb4) = @setup_second_server_ip))
        THEN CONCAT('@second_server_ip ', @setup_second_server_ip, ' is not another server_ip of servers')
    WHEN EXISTS (SELECT 1 FROM servers WHERE CONVERT(server_ip USING utf8mb4) = @setup_unknown_server_ip)
        THEN CONCAT('@unknown_server_ip ', @setup_unknown_server_ip, ' is a server; choose an address that is not')
    WHEN EXISTS (SELECT 1 FROM system_settings WHERE pass_hash_enabled = '1')
        THEN 'pass_hash_enabled is 1: the suite logs in with plain passwords, which SQL cannot hash for the dialer'
    WHEN @setup_taken <> ''
        THEN CONCAT('these names exist already: ', @setup_taken, ' (choose another @prefix)')
END;

-- SIGNAL stops the client when the script comes on its standard input; under SOURCE the client carries on after an
-- error, so every write below is also conditional on the refusal being NULL
SET @setup_stop = IF(@setup_refusal IS NULL, 'DO 0', CONCAT('SIGNAL SQLSTATE ''45000'' SET MESSAGE_TEXT = ',
    QUOTE(LEFT(CONCAT('setup.sql refused: ', @setup_refusal), 128))));
PREPARE setup_stop FROM @setup_stop;
EXECUTE setup_stop;
DEALLOCATE PREPARE setup_stop;

-- Passwords: random per run, 20 hexadecimal characters (older schemas have pass VARCHAR(20)). RANDOM_BYTES
-- (MariaDB 10.10, MySQL 5.6.17) is asked for through PREPARE, as older servers would not parse a call to it;
-- without it the seed rests on RAND(), UUID() and the clock, which is why README.md passes @entropy from the shell.
-- The seed is a user variable, so a replica applying the statements gets the same passwords.
SET @setup_version = SUBSTRING_INDEX(VERSION(), '-', 1);
SET @setup_version_number = SUBSTRING_INDEX(@setup_version, '.', 1) * 1000000
    + SUBSTRING_INDEX(SUBSTRING_INDEX(@setup_version, '.', 2), '.', -1) * 1000
    + SUBSTRING_INDEX(@setup_version, '.', -1);
SET @setup_random_bytes = IF(@setup_version_number >= IF(VERSION() LIKE '%MariaDB%', 10010000, 5006017),
    'SET @setup_random = HEX(RANDOM_BYTES(64))', 'SET @setup_random = NULL');
PREPARE setup_random FROM @setup_random_bytes;
EXECUTE setup_random;
DEALLOCATE PREPARE setup_random;
SET @setup_seed = CONCAT_WS(':', @entropy, @setup_random, RAND(), UUID(), SYSDATE(6), CONNECTION_ID());

-- The rights of each role, as docs/conformance-suite.md lists them. A role named after a missing right has every
-- other right its scenarios use, so that the answer they expect can come from that one right only.
INSERT INTO vicidial_users (user, pass, full_name, user_level, user_group, active, ast_admin_access,
        ast_delete_phones, vdc_agent_api_access, api_allowed_functions, modify_users, delete_users,
        modify_same_user_level, view_reports)
SELECT CONCAT(@setup_p, r.suffix), LEFT(SHA2(CONCAT(@setup_seed, ':', r.role), 256), 20),
        CONCAT(@setup_marker, r.role), r.level, CONCAT(@setup_g, r.grp), 'Y', r.aa, r.dp, r.api, r.functions,
        r.mu, r.du, r.msl, r.vr
FROM (
    SELECT 'admin' AS role, 'admin' AS suffix, 9 AS level, 'ADMINS' AS grp, '1' AS aa, '1' AS dp, '1' AS api,
           ' ALL_FUNCTIONS ' AS functions, '0' AS mu, '0' AS du, '0' AS msl, '0' AS vr
    UNION ALL SELECT 'no_delete', 'nodelete', 9, 'ADMINS', '1', '0', '1', ' ALL_FUNCTIONS ', '0', '0', '0', '0'
    UNION ALL SELECT 'level7', 'level7', 7, 'ADMINS', '1', '1', '1', ' ALL_FUNCTIONS ', '1', '1', '1', '1'
    UNION ALL SELECT 'no_ast_admin', 'noastadmin', 9, 'ADMINS', '0', '1', '1', ' ALL_FUNCTIONS ', '0', '0', '0', '0'
    UNION ALL SELECT 'no_api_access', 'noapi', 9, 'ADMINS', '1', '1', '0', ' ALL_FUNCTIONS ', '1', '1', '1', '1'
    UNION ALL SELECT 'function_restricted', 'restricted', 9, 'ADMINS', '1', '1', '1', ' version add_phone ',
           '0', '0', '0', '0'
    UNION ALL SELECT 'limited_group', 'limited', 9, 'LIMITED', '1', '1', '1', ' ALL_FUNCTIONS ', '0', '0', '0', '0'
    UNION ALL SELECT 'user_admin', 'useradmin', 9, 'ADMINS', '1', '1', '1', ' ALL_FUNCTIONS ', '1', '1', '1', '1'
    UNION ALL SELECT 'user_no_delete', 'usernodel', 9, 'ADMINS', '1', '1', '1', ' ALL_FUNCTIONS ', '1', '0', '1', '1'
    UNION ALL SELECT 'user_level8', 'userlevel8', 8, 'ADMINS', '1', '1', '1', ' ALL_FUNCTIONS ', '1', '1', '1', '1'
    -- an agent as add_user makes one, for copy_user to copy; no campaign or in-group rows, which a copy would take
    UNION ALL SELECT 'template_user', 'template', 1, 'AGENTS', '0', '0', '0', ' ALL_FUNCTIONS ', '0', '0', '1', '0'
) AS r
WHERE @setup_refusal IS NULL;

-- ' ---ALL--- ' is how the dialer's own admin group lists every group; the limited group sees only itself, so the
-- hidden group is hidden from it
INSERT INTO vicidial_user_groups (user_group, group_name, admin_viewable_groups)
SELECT CONCAT(@setup_g, g.suffix), CONCAT(@setup_marker, g.label), g.viewable
FROM (
    SELECT 'ADMINS' AS suffix, 'admins' AS label, ' ---ALL--- ' AS viewable
    UNION ALL SELECT 'LIMITED', 'limited', CONCAT(' ', @setup_g, 'LIMITED -')
    UNION ALL SELECT 'HIDDEN', 'hidden', NULL
    UNION ALL SELECT 'AGENTS', 'agents', NULL
) AS g
WHERE @setup_refusal IS NULL;

-- its contents go into the dialer's generated phone configuration while a test phone uses it: a comment only
INSERT INTO vicidial_conf_templates (template_id, template_name, template_contents, user_group)
SELECT @setup_template, CONCAT(@setup_marker, 'template'), '; conformance suite test template, no settings',
        '---ALL---'
FROM DUAL
WHERE @setup_refusal IS NULL;

-- a failed insert (under SOURCE the client goes on) must not leave a properties file that looks complete
SET @setup_complete = @setup_refusal IS NULL
    AND (SELECT COUNT(*) FROM vicidial_users WHERE FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users)
            AND CONVERT(full_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%')) = 11
    AND (SELECT COUNT(*) FROM vicidial_user_groups WHERE FIND_IN_SET(CONVERT(user_group USING utf8mb4), @setup_groups)
            AND CONVERT(group_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%')) = 4
    AND (SELECT COUNT(*) FROM vicidial_conf_templates WHERE CONVERT(template_id USING utf8mb4) = @setup_template
            AND CONVERT(template_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%')) = 1;

-- The properties file. The role users are read back from their rows (full_name ends with the role), so the file
-- holds what was stored. The column heading is a comment line, for a client run without -N.
SELECT line AS '# vicidial.properties written by conformance-tests/setup/setup.sql'
FROM (
    SELECT 1 AS n, CONCAT('# conformance suite settings for the users, groups and template of prefix ', @setup_p,
            ', made ', NOW()) AS line
    UNION ALL SELECT 2, CONCAT('# remove them with conformance-tests/setup/teardown.sql and @prefix=''', @setup_p, '''')
    UNION ALL SELECT 3, 'vicidial.target=real'
    UNION ALL SELECT 4, CONCAT('vicidial.url=', @setup_url)
    UNION ALL SELECT 5, CONCAT('vicidial.server_ip=', @setup_server_ip)
    UNION ALL SELECT 6, COALESCE(CONCAT('vicidial.second_server_ip=', @setup_second_server_ip),
            '# no @second_server_ip: the scenarios on a second server are skipped')
    UNION ALL SELECT 7, CONCAT('vicidial.unknown_server_ip=', @setup_unknown_server_ip)
    UNION ALL SELECT 10 + 2 * FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users),
            CONCAT('vicidial.user.', SUBSTRING(CONVERT(full_name USING utf8mb4), CHAR_LENGTH(@setup_marker) + 1), '=',
                CONVERT(user USING utf8mb4))
        FROM vicidial_users WHERE FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users)
            AND CONVERT(full_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%')
            AND CONVERT(full_name USING utf8mb4) <> CONCAT(@setup_marker, 'template_user')
    UNION ALL SELECT 11 + 2 * FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users),
            CONCAT('vicidial.pass.', SUBSTRING(CONVERT(full_name USING utf8mb4), CHAR_LENGTH(@setup_marker) + 1), '=',
                CONVERT(pass USING utf8mb4))
        FROM vicidial_users WHERE FIND_IN_SET(CONVERT(user USING utf8mb4), @setup_users)
            AND CONVERT(full_name USING utf8mb4) LIKE CONCAT(@setup_marker, '%')
            AND CONVERT(full_name USING utf8mb4) <> CONCAT(@setup_marker, 'template_user')
    UNION ALL SELECT 40, CONCAT('vicidial.hidden_user_group=', @setup_g, 'HIDDEN')
    UNION ALL SELECT 41, CONCAT('vicidial.template_id=', @setup_template)
    UNION ALL SELECT 42, CONCAT('vicidial.agent_user_group=', @setup_g, 'AGENTS')
    UNION ALL SELECT 43, CONCAT('vicidial.template_user=', @setup_p, 'template')
    UNION ALL SELECT 44, '# true runs the lockout scenario, which locks the level7 user for 15 minutes'
    UNION ALL SELECT 45, 'vicidial.disruptive=false'
) AS properties
WHERE @setup_complete
ORDER BY n;
