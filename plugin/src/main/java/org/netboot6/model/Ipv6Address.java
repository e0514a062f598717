package org.netboot6.model;

/**
 * A literal IPv6 address (never a host name, never a zone id), printed in RFC 5952 canonical form.
 * Parsing never touches DNS.
 */
public final class Ipv6Address implements Comparable<Ipv6Address> {
    private final long high;
    private final long low;

    private Ipv6Address(long high, long low) {
        this.high = high;
        this.low = low;
    }

    public static Ipv6Address of(long high, long low) {
        return new Ipv6Address(high, low);
    }

    /** The address of 16 network-order octets (the inverse of {@link #octets()}). */
    public static Ipv6Address of(byte[] octets) {
        if (octets.length != 16) {
            throw new InvalidValueException("address", "must have 16 octets, has " + octets.length);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (octets[i] & 0xff);
            low = (low << 8) | (octets[i + 8] & 0xff);
        }
        return new Ipv6Address(high, low);
    }

    public static Ipv6Address parse(String text) {
        return parse("address", text);
    }

    /** Parses {@code text}, naming {@code field} in the error. */
    public static Ipv6Address parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        if (text.indexOf('%') >= 0) {
            throw new InvalidValueException(field, "must not carry a zone id: " + Printable.of(text));
        }
        int[] groups = new int[8];
        int doubleColonAt = -1;
        int count = 0;
        int i = 0;
        int n = text.length();
        if (n > 39) {
            throw invalid(field, text);
        }
        if (text.startsWith("::")) {
            doubleColonAt = 0;
            i = 2;
            if (n == 2) {
                return new Ipv6Address(0, 0);
            }
        } else if (text.startsWith(":")) {
            throw invalid(field, text);
        }
        while (i < n) {
            if (count == 8) {
                throw invalid(field, text);
            }
            int start = i;
            int value = 0;
            while (i < n && text.charAt(i) != ':') {
                int d = Ascii.hexValue(text.charAt(i));
                if (d < 0 || i - start >= 4) {
                    throw invalid(field, text);
                }
                value = (value << 4) | d;
                i++;
            }
            if (i == start) {
                throw invalid(field, text);
            }
            groups[count++] = value;
            if (i < n) {
                i++; // the ':'
                if (i < n && text.charAt(i) == ':') {
                    if (doubleColonAt >= 0) {
                        throw invalid(field, text);
                    }
                    doubleColonAt = count;
                    i++;
                } else if (i == n) {
                    throw invalid(field, text);
                }
            }
        }
        if (doubleColonAt >= 0) {
            if (count == 8) {
                throw invalid(field, text);
            }
            int tail = count - doubleColonAt;
            System.arraycopy(groups, doubleColonAt, groups, 8 - tail, tail);
            for (int k = doubleColonAt; k < 8 - tail; k++) {
                groups[k] = 0;
            }
        } else if (count != 8) {
            throw invalid(field, text);
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 4; k++) {
            hi = (hi << 16) | groups[k];
            lo = (lo << 16) | groups[k + 4];
        }
        return new Ipv6Address(hi, lo);
    }

    private static InvalidValueException invalid(String field, String text) {
        return new InvalidValueException(field, "is not an IPv6 address: " + Printable.of(text));
    }

    public long high() {
        return high;
    }

    public long low() {
        return low;
    }

    public boolean isLinkLocal() {
        return (high >>> 54) == (0xfe80L >>> 6);
    }

    public boolean isMulticast() {
        return (high >>> 56) == 0xff;
    }

    public boolean isUnspecified() {
        return high == 0 && low == 0;
    }

    public boolean isLoopback() {
        return high == 0 && low == 1;
    }

    /** A global or unique-local unicast address a host elsewhere on the link can be sent to. */
    public boolean isRoutableUnicast() {
        return !isLinkLocal() && !isMulticast() && !isUnspecified() && !isLoopback();
    }

    /** The address as it goes into a URL authority: {@code [2001:db8::1]}. */
    public String bracketed() {
        return "[" + this + "]";
    }

    public byte[] octets() {
        byte[] b = new byte[16];
        for (int k = 0; k < 8; k++) {
            b[k] = (byte) (high >>> (56 - 8 * k));
            b[k + 8] = (byte) (low >>> (56 - 8 * k));
        }
        return b;
    }

    private int group(int k) {
        long half = k < 4 ? high : low;
        return (int) ((half >>> (48 - 16 * (k % 4))) & 0xffff);
    }

    /** RFC 5952: lower case, no leading zeros, the longest run (>1) of zero groups as "::", first if tied. */
    @Override
    public String toString() {
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (group(k) == 0) {
                int s = k;
                while (k < 8 && group(k) == 0) {
                    k++;
                }
                if (k - s > bestLen) {
                    bestStart = s;
                    bestLen = k - s;
                }
            } else {
                k++;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                sb.append("::");
                k += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(group(k)));
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Ipv6Address o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Address && ((Ipv6Address) o).high == high && ((Ipv6Address) o).low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high) * 31 + Long.hashCode(low);
    }
}
