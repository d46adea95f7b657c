package dev.vicimock.conformance.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of SHOW GRANTS lines MariaDB and MySQL print, beyond those the MariaDB test can make. */
class GrantsTest {

    @Test
    void aSelectOnlyAccountMayNotWrite() {
        assertEquals(
                List.of(),
                Grants.writeRights(
                        List.of(
                                "GRANT USAGE ON *.* TO `ro`@`%` IDENTIFIED BY PASSWORD '*0123456789ABCDEF'",
                                "GRANT SELECT ON `asterisk`.* TO `ro`@`%`",
                                "GRANT SELECT (`user`, `pass`), SHOW VIEW ON `asterisk`.`vicidial_users` TO `ro`@`%`",
                                "GRANT PROXY ON ''@'%' TO 'ro'@'%' WITH GRANT OPTION",
                                "GRANT BACKUP_ADMIN,REPLICATION_SLAVE_ADMIN ON *.* TO `ro`@`%`"),
                        "asterisk"));
    }

    @Test
    void columnRightsAndWildcardDatabasesCount() {
        assertEquals(
                List.of("UPDATE on `asterisk`.`phones`"),
                Grants.writeRights(
                        List.of(
                                "GRANT SELECT (`login`), UPDATE (`fullname`, `email`) ON `asterisk`.`phones` TO `u`@`h`"),
                        "asterisk"));
        assertEquals(
                List.of("CREATE, DROP on `ast%`.*"),
                Grants.writeRights(List.of("GRANT SELECT, CREATE, DROP ON `ast%`.* TO 'u'@'h'"), "asterisk"));
        assertEquals(
                List.of("ALL PRIVILEGES on *.*"),
                Grants.writeRights(List.of("GRANT ALL PRIVILEGES ON *.* TO 'u'@'h' WITH GRANT OPTION"), "asterisk"));
        assertEquals(
                List.of("ALTER on `asterisk`.*"),
                Grants.writeRights(List.of("grant alter on asterisk.* to u@h"), "asterisk"));
    }

    @Test
    void rightsOnOtherDatabasesDoNotCount() {
        assertEquals(
                List.of(),
                Grants.writeRights(
                        List.of(
                                "GRANT ALL PRIVILEGES ON `scratch`.* TO `u`@`h`",
                                "GRANT INSERT ON `asterisk2`.`phones` TO `u`@`h`",
                                "GRANT INSERT ON `aster\\_isk`.* TO `u`@`h`"),
                        "asterisk"));
        assertTrue(Grants.like("aster\\_isk", "aster_isk"));
        assertFalse(Grants.like("aster\\_isk", "asterXisk"));
        assertTrue(Grants.like("aster_isk", "asterXisk"));
    }

    @Test
    void readsTheRolesAnAccountHolds() {
        List<Grants.Role> roles = Grants.roles(
                List.of("GRANT `readers`,`odd``name`@`%` TO `u`@`h`", "GRANT SELECT ON `asterisk`.* TO `u`@`h`"));
        assertEquals(2, roles.size());
        assertEquals("`readers`", roles.get(0).quoted());
        assertEquals("`odd``name`@`%`", roles.get(1).quoted());
    }
}
