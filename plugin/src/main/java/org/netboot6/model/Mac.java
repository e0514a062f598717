package org.netboot6.model;

import java.util.Locale;

/**
 * A unicast Ethernet MAC address. Accepts colon, hyphen or bare-hex notation (iPXE's {@code ${mac:hexhyp}}
 * gives hyphens); always prints lower-case colon notation.
 */
public final class Mac {
    private final long value;

    private Mac(long value) {
        this.value = value;
    }

    public static Mac parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("mac", "is missing");
        }
        String hex = text;
        if (hex.length() == 17) {
            char sep = hex.charAt(2);
            if (sep != ':' && sep != '-') {
                throw new InvalidValueException("mac", "is not a MAC address: " + Printable.of(text));
            }
            StringBuilder digits = new StringBuilder(12);
            for (int i = 0; i < 17; i++) {
                char c = hex.charAt(i);
                if (i % 3 == 2) {
                    if (c != sep) {
                        throw new InvalidValueException("mac", "is not a MAC address: " + Printable.of(text));
                    }
                } else {
                    digits.append(c);
                }
            }
            hex = digits.toString();
        }
        if (hex.length() != 12) {
            throw new InvalidValueException("mac", "is not a MAC address: " + Printable.of(text));
        }
        long v = 0;
        for (int i = 0; i < 12; i++) {
            char ch = hex.charAt(i);
            int d = Ascii.hexValue(ch);
            if (d < 0) {
                throw new InvalidValueException("mac", "is not a MAC address: " + Printable.of(text));
            }
            v = (v << 4) | d;
        }
        return of(v, text);
    }

    public static Mac of(byte[] octets) {
        if (octets.length != 6) {
            throw new InvalidValueException("mac", "must have 6 octets, has " + octets.length);
        }
        long v = 0;
        for (byte b : octets) {
            v = (v << 8) | (b & 0xff);
        }
        return of(v, null);
    }

    private static Mac of(long v, String original) {
        if (v == 0) {
            throw new InvalidValueException("mac", "is all zero: " + shown(v, original));
        }
        if (((v >>> 40) & 0x01) != 0) {
            throw new InvalidValueException("mac", "is a multicast/broadcast address, not a NIC: " + shown(v, original));
        }
        return new Mac(v);
    }

    /** Only for refusals: parsing is on the boot hot path (every per-host script request). */
    private static String shown(long v, String original) {
        return original == null ? format(v) : Printable.of(original);
    }

    public byte[] octets() {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (value >>> (40 - 8 * i));
        }
        return b;
    }

    /** True when the U/L bit is clear (an IEEE-assigned MAC); Kea derives such MACs from link-locals. */
    public boolean isUniversallyAdministered() {
        return ((value >>> 40) & 0x02) == 0;
    }

    /** Lower-case with hyphens, as iPXE's {@code :hexhyp} prints it. */
    public String hyphenated() {
        return toString().replace(':', '-');
    }

    private static String format(long v) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                sb.append(':');
            }
            int octet = (int) ((v >>> (40 - 8 * i)) & 0xff);
            sb.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xf, 16));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return format(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mac && ((Mac) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
