package org.netboot6.store;

import java.sql.SQLException;

/**
 * Uniqueness is decided by the database's unique keys (schema 6), not by a SELECT before the write, which two API
 * calls at once would both pass. A write that runs into one is told apart by the key's name in the error.
 */
final class UniqueKeys {
    static final String NETWORK_NAME = "uk_netboot6_network_live_name";
    static final String NETWORK_PREFIX = "uk_netboot6_network_live_prefix";
    static final String PROFILE_NAME = "uk_netboot6_profile_live_name";
    static final String HOST_NAME = "uk_netboot6_host_live_hostname";
    static final String HOST_ADDRESS = "uk_netboot6_host_address";
    private static final int ER_DUP_ENTRY = 1062;

    private UniqueKeys() {
    }

    /**
     * Whether {@code e} is a duplicate entry for {@code key}: MariaDB ends its message with {@code for key 'KEY'},
     * MySQL 8 with {@code for key 'TABLE.KEY'}.
     */
    static boolean violated(SQLException e, String key) {
        return e.getErrorCode() == ER_DUP_ENTRY && e.getMessage() != null && e.getMessage().contains(key + "'");
    }
}
