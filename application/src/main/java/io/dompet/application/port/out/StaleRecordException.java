package io.dompet.application.port.out;

/**
 * A versioned update of a stored record (a top-up, a widget session, a bill widget) found its row no longer at the
 * version it was read at: another writer changed it first, or it was never stored. Reload it and decide again. The
 * message names the kind of record, its id and the version, never its data.
 */
public final class StaleRecordException extends RuntimeException {

    public StaleRecordException(String record, Object id, long expectedVersion) {
        super("stale " + record + " " + id + ": its row is not at version " + expectedVersion
                + " (changed by another writer, or never stored)");
    }
}
