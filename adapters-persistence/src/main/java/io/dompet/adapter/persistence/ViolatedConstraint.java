package io.dompet.adapter.persistence;

import io.dompet.application.port.out.DuplicateRecordException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The name of the constraint (or unique index) a statement broke, read from PostgreSQL's structured error and never
 * from its message: the message's detail repeats the offending values. {@link #refusal} turns a refused write
 * into the store ports' exceptions, the same way in every adapter.
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

    /**
     * What a write the database refused becomes: a {@link DuplicateRecordException} when a unique constraint refused
     * it, an {@link IllegalStateException} otherwise. The message says what {@code meanings} says of the constraint
     * and names it, and nothing else; the cause is dropped, since PostgreSQL's message may quote the row.
     */
    static RuntimeException refusal(String record, String write, DataIntegrityViolationException e,
                                    Map<String, String> meanings) {
        String constraint = of(e);
        boolean duplicate = e instanceof DuplicateKeyException;
        String what = constraint != null && meanings.containsKey(constraint) ? meanings.get(constraint)
                : duplicate ? "a conflicting " + record + " is already stored"
                : "the " + record + " breaks a rule of the table";
        String message = record + " " + write + " refused: " + what + " (constraint "
                + (constraint == null ? "unknown" : constraint) + ")";
        return duplicate ? new DuplicateRecordException(message) : new IllegalStateException(message);
    }
}
