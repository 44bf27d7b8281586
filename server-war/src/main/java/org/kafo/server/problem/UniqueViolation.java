package org.kafo.server.problem;

import java.sql.SQLException;

/**
 * A unique constraint of the database refused a write: someone else stored the same thing at the
 * same time (the meeting with this number, the plan of this cycle, the framework's committee), and
 * the transaction was rolled back. For the caller it is a conflict (409) like a stale version:
 * reload and decide again. Found by its SQLSTATE ({@code 23505}, the same on H2 and PostgreSQL)
 * anywhere in the failure's causes, so that the server needs no JPA type to see it.
 */
final class UniqueViolation {

    static final String SQL_STATE = "23505";

    static final String CODE = "aggregate.duplicate";

    static final String DETAIL = "Someone stored the same data at the same time (a meeting with this number, a plan of "
            + "this cycle, a committee of this framework): reload it and decide again";

    private static final int MAX_DEPTH = 30;

    private UniqueViolation() {
    }

    /** Whether the failure, or one of its causes, is a unique-constraint violation. */
    static boolean in(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException failure) {
        int depth = 0;
        for (SQLException s = failure; s != null && depth < MAX_DEPTH; s = s.getNextException(), depth++) {
            if (SQL_STATE.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
