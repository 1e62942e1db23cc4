package io.dompet.adapter.persistence;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The name of the constraint (or unique index) a statement broke, read from PostgreSQL's structured error and never
 * from its message: the message's detail repeats the offending values.
 */
final class ViolatedConstraint {

    private ViolatedConstraint() {
    }

    /** The constraint named by the first {@link PSQLException} in {@code e}'s causes, or null when there is none. */
    static @Nullable String of(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                return server == null ? null : server.getConstraint();
            }
        }
        return null;
    }
}
