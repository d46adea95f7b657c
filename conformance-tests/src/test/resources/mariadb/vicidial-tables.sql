-- The VICIdial tables the conformance suite reads and its setup scripts write, as a real dialer defines them:
-- each column with the type and default of the upstream schema (extras/MySQL_AST_CREATE_tables.sql, schema
-- version 1728), limited to the columns the simulator's state format and the suite know. Tests create these in a
-- private MariaDB, so the database reader and the setup scripts meet the real column names, widths and enums.
-- Engine and charset are left to the server's defaults (upstream uses MyISAM, which behaves the same for reads).

CREATE TABLE servers (
    server_id VARCHAR(10) NOT NULL,
    server_description VARCHAR(255),
    server_ip VARCHAR(15) NOT NULL,
    active ENUM('Y','N'),
    local_gmt VARCHAR(6) default '-5.00',
    active_asterisk_server ENUM('Y','N') default 'Y',
    generate_vicidial_conf ENUM('Y','N') default 'Y',
    rebuild_conf_files ENUM('Y','N') default 'Y'
);

CREATE TABLE vicidial_user_groups (
    user_group VARCHAR(20) NOT NULL,
    group_name VARCHAR(40) NOT NULL,
    allowed_campaigns TEXT,
    admin_viewable_groups TEXT
);

CREATE TABLE vicidial_users (
    user_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
    user VARCHAR(20) NOT NULL,
    pass VARCHAR(100) NOT NULL,
    full_name VARCHAR(50),
    user_level TINYINT(3) UNSIGNED default '1',
    user_group VARCHAR(20),
    phone_login VARCHAR(20),
    phone_pass VARCHAR(100),
    delete_users ENUM('0','1') default '0',
    modify_users ENUM('0','1') default '0',
    hotkeys_active ENUM('0','1') default '0',
    agent_choose_ingroups ENUM('0','1') default '1',
    scheduled_callbacks ENUM('0','1') default '1',
    agentcall_manual ENUM('0','1','2','3','4','5') default '0',
    vicidial_recording ENUM('0','1') default '1',
    vicidial_transfers ENUM('0','1') default '1',
    closer_default_blended ENUM('0','1') default '0',
    closer_campaigns TEXT,
    view_reports ENUM('0','1') default '0',
    ast_admin_access ENUM('0','1') default '0',
    ast_delete_phones ENUM('0','1') default '0',
    vdc_agent_api_access ENUM('0','1') default '0',
    agent_choose_blended ENUM('0','1') default '1',
    active ENUM('Y','N') default 'Y',
    email VARCHAR(100) default '',
    user_code VARCHAR(100) default '',
    territory VARCHAR(100) default '',
    voicemail_id VARCHAR(10),
    api_allowed_functions VARCHAR(1000) default ' ALL_FUNCTIONS ',
    modify_same_user_level ENUM('0','1') default '1',
    failed_login_count TINYINT(3) UNSIGNED default '0',
    last_login_date DATETIME default '2001-01-01 00:00:01',
    custom_one VARCHAR(100) default '',
    custom_two VARCHAR(100) default '',
    custom_three VARCHAR(100) default '',
    custom_four VARCHAR(100) default '',
    custom_five VARCHAR(100) default '',
    pass_hash VARCHAR(500) default '',
    wrapup_seconds_override SMALLINT(4) default '-1',
    force_change_password ENUM('Y','N') default 'N',
    last_ip VARCHAR(15) default ''
);

CREATE TABLE vicidial_conf_templates (
    template_id VARCHAR(15) NOT NULL,
    template_name VARCHAR(50) NOT NULL,
    template_contents TEXT,
    user_group VARCHAR(20) default '---ALL---',
    unique index (template_id)
);

CREATE TABLE phones (
    extension VARCHAR(100),
    dialplan_number VARCHAR(20),
    voicemail_id VARCHAR(10),
    server_ip VARCHAR(15),
    login VARCHAR(15),
    pass VARCHAR(100),
    status VARCHAR(10),
    active ENUM('Y','N'),
    fullname VARCHAR(50),
    protocol ENUM('SIP','PJSIP','Zap','IAX2','EXTERNAL') default 'SIP',
    local_gmt VARCHAR(6) default '-5.00',
    install_directory VARCHAR(100) default '/usr/local/perl_TK',
    outbound_cid VARCHAR(20),
    email VARCHAR(100),
    template_id VARCHAR(15) NOT NULL,
    phone_context VARCHAR(20) default 'default',
    phone_ring_timeout SMALLINT(3) default '60',
    conf_secret VARCHAR(100) default 'test',
    delete_vm_after_email ENUM('N','Y') default 'N',
    is_webphone ENUM('Y','N','Y_API_LAUNCH') default 'N',
    use_external_server_ip ENUM('Y','N') default 'N',
    on_hook_agent ENUM('Y','N') default 'N',
    webphone_auto_answer ENUM('Y','N') default 'Y',
    user_group VARCHAR(20) default '---ALL---',
    outbound_alt_cid VARCHAR(20) default '',
    index (server_ip),
    index (voicemail_id),
    index (dialplan_number),
    unique index extenserver (extension, server_ip)
);

CREATE TABLE vicidial_campaigns (
    campaign_id VARCHAR(8) PRIMARY KEY NOT NULL,
    campaign_name VARCHAR(40),
    active ENUM('Y','N')
);

CREATE TABLE vicidial_inbound_groups (
    group_id VARCHAR(20) PRIMARY KEY NOT NULL,
    group_name VARCHAR(30),
    active ENUM('Y','N')
);

CREATE TABLE vicidial_campaign_agents (
    user VARCHAR(20),
    campaign_id VARCHAR(20),
    campaign_rank TINYINT(1) default '0',
    campaign_weight TINYINT(1) default '0',
    calls_today SMALLINT(5) UNSIGNED default '0',
    campaign_grade TINYINT(2) UNSIGNED default '1',
    index (campaign_id),
    index (user),
    unique index vlca_user_campaign_id (user, campaign_id)
);

CREATE TABLE vicidial_inbound_group_agents (
    user VARCHAR(20),
    group_id VARCHAR(20),
    group_rank TINYINT(1) default '0',
    group_weight TINYINT(1) default '0',
    calls_today SMALLINT(5) UNSIGNED default '0',
    group_grade TINYINT(2) UNSIGNED default '1',
    group_type VARCHAR(1) default 'C',
    daily_limit SMALLINT(5) default '-1',
    index (group_id),
    index (user),
    unique index viga_user_group_id (user, group_id)
);

CREATE TABLE vicidial_live_agents (
    live_agent_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
    user VARCHAR(20),
    server_ip VARCHAR(15) NOT NULL,
    status ENUM('READY','QUEUE','INCALL','PAUSED','CLOSER','MQUEUE') default 'PAUSED',
    campaign_id VARCHAR(8),
    campaign_weight TINYINT(1) default '0',
    campaign_grade TINYINT(2) UNSIGNED default '1'
);

CREATE TABLE vicidial_live_inbound_agents (
    user VARCHAR(20),
    group_id VARCHAR(20),
    group_weight TINYINT(1) default '0',
    calls_today SMALLINT(5) UNSIGNED default '0',
    group_grade TINYINT(2) UNSIGNED default '1',
    daily_limit SMALLINT(5) default '-1',
    index (group_id),
    index (group_weight),
    unique index vlia_user_group_id (user, group_id)
);

CREATE TABLE phones_alias (
    alias_id VARCHAR(20) NOT NULL UNIQUE PRIMARY KEY,
    alias_name VARCHAR(50),
    logins_list VARCHAR(255),
    user_group VARCHAR(20) default '---ALL---'
);

CREATE TABLE groups_alias (
    group_alias_id VARCHAR(30) NOT NULL UNIQUE PRIMARY KEY,
    group_alias_name VARCHAR(50),
    caller_id_number VARCHAR(20),
    caller_id_name VARCHAR(20),
    active ENUM('Y','N') default 'N',
    user_group VARCHAR(20) default '---ALL---'
);

CREATE TABLE vicidial_admin_log (
    admin_log_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
    event_date DATETIME NOT NULL,
    user VARCHAR(20) NOT NULL,
    ip_address VARCHAR(15) NOT NULL,
    event_section VARCHAR(30) NOT NULL,
    event_type ENUM('ADD','COPY','LOAD','RESET','MODIFY','DELETE','SEARCH','LOGIN','LOGOUT','CLEAR','OVERRIDE','EXPORT','OTHER') default 'OTHER',
    record_id VARCHAR(50) NOT NULL,
    event_code VARCHAR(255) NOT NULL,
    event_sql MEDIUMTEXT,
    event_notes MEDIUMTEXT,
    user_group VARCHAR(20) default '---ALL---',
    index (user),
    index (event_section),
    index (record_id)
);

CREATE TABLE system_settings (
    version VARCHAR(50),
    use_non_latin ENUM('0','1') default '0',
    pass_hash_enabled ENUM('0','1') default '0',
    allow_web_debug ENUM('0','1','2','3','4','5','6') default '0',
    allow_ip_lists ENUM('0','1','2') default '0',
    auto_user_add_value INT(9) UNSIGNED default '101',
    db_schema_version INT(8) UNSIGNED default '0'
);

CREATE UNIQUE INDEX server_id ON servers (server_id);
CREATE UNIQUE INDEX user ON vicidial_users (user);
