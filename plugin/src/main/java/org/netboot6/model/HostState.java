package org.netboot6.model;

/**
 * Where a host is in its provisioning life. Only PROVISIONING hosts get a network-boot script; the others
 * are told to boot from their local disk.
 */
public enum HostState {
    /** Known to netboot6, nothing armed: boots from disk. */
    READY,
    /** An install (or probe) is armed with a one-time token: the next network boot runs it. */
    PROVISIONING,
    /** The armed install reported completion through its token: boots from disk until re-armed. */
    DONE;

    /** "READY", "PROVISIONING" or "DONE", ASCII case-insensitive. */
    public static HostState parse(String field, String text) {
        return Ascii.constant(HostState.class, field, text, "READY, PROVISIONING or DONE");
    }
}
