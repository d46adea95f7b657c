package dev.vicimock.mock.function;

import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.PhpCrash;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Table;
import java.util.Collection;

/**
 * How a statement the real code builds by pasting values fares (a query as much as a write): accepted, or
 * refused, which kills the page on PHP 8 and is ignored on PHP 7. Shared by every function.
 */
final class Statements {
    private Statements() {}

    /**
     * Runs a statement built from pasted values: true when the database accepted it (a refused query counts
     * nothing). A broken statement kills the page on PHP 8 and is silently skipped on PHP 7, where the code
     * carries on as if it had worked.
     */
    static boolean run(ApiCall call, String statement, Collection<String> pastedValues) {
        for (String v : pastedValues) {
            if (Sql.breaks(v)) {
                return refused(call, statement);
            }
        }
        return true;
    }

    /** {@link #run} for a statement that pastes its values between double quotes. */
    static boolean runDoubleQuoted(ApiCall call, String statement, Collection<String> pastedValues) {
        for (String v : pastedValues) {
            if (Sql.breaksDoubleQuoted(v)) {
                return refused(call, statement);
            }
        }
        return true;
    }

    /** A statement the database refuses (bad SQL, a duplicate key): PHP 8 dies, PHP 7 goes on; always false. */
    static boolean refused(ApiCall call, String statement) {
        if (call.release().runtime().crashesOnSloppyInput()) {
            throw new PhpCrash("SQL error in: " + statement);
        }
        return false;
    }

    /**
     * Runs an INSERT of a row into a table whose key the code checked before with the untruncated value: besides
     * a broken statement, the database refuses a row whose cut key is taken.
     */
    static void insert(ApiCall call, Table table, Row row, String statement, Collection<String> pastedValues) {
        if (run(call, statement, pastedValues)) {
            if (table.find(keyOf(row)) != null) {
                refused(call, statement);
            } else {
                table.put(row);
            }
        }
    }

    private static String[] keyOf(Row row) {
        return row.schema().key().stream().map(row::textOrEmpty).toArray(String[]::new);
    }
}
