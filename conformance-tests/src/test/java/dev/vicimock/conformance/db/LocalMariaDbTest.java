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
}
