package org.netboot6.store;

import java.sql.SQLException;

/** The database failed (not the caller's input); carries the SQL state for diagnosis. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super("database error (SQL state " + cause.getSQLState() + "): " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
