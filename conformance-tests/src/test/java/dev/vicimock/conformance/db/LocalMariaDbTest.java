package dev.vicimock.conformance.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class LocalMariaDbTest {

    @Test
    void startsAPrivateServerThatTheOwnerAndTheClientCanUse() throws Exception {
        try (LocalMariaDb db = LocalMariaDb.start()) {
            db.execute("CREATE TABLE t (a INT); INSERT INTO t VALUES (41), (1)");
            try (Connection c = db.ownerConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT SUM(a) FROM t")) {
                r.next();
                assertEquals(42, r.getInt(1));
            }
            assertEquals("42\n", db.client("SELECT SUM(a) FROM t;", "-N", "-B"));
        }
    }

    @Test
    void takesTheUpstreamTableDefinitions() throws Exception {
        try (LocalMariaDb db = LocalMariaDb.start()) {
            db.execute(LocalMariaDb.upstreamTables());
            String tables = db.client("SHOW TABLES;", "-N", "-B");
            assertEquals(15, tables.lines().count(), tables);
            db.execute("INSERT INTO vicidial_users (user, pass) VALUES ('6666', '1234')");
            assertEquals(
                    "1\t0\t ALL_FUNCTIONS \n",
                    db.client(
                            "SELECT user_level, failed_login_count, api_allowed_functions FROM vicidial_users;",
                            "-N",
                            "-B"));
        }
    }
}
