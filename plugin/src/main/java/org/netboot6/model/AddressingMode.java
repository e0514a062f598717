package org.netboot6.model;

/** How an installed host gets its global address. */
public enum AddressingMode {
    /** The planned address, configured statically; no SLAAC address besides it. */
    STATIC,
    /** SLAAC with a stable EUI-64 interface id (never privacy addresses), DHCPv6 for other configuration. */
    SLAAC;

    /** "static" or "slaac", ASCII case-insensitive. */
    public static AddressingMode parse(String field, String text) {
        return Ascii.constant(AddressingMode.class, field, text, "static or slaac");
    }
}
