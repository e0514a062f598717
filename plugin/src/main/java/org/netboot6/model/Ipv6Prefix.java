package org.netboot6.model;

/** An IPv6 prefix such as 2001:db8:0:1::/64; host bits must be zero. */
public final class Ipv6Prefix {
    private final Ipv6Address network;
    private final int length;

    private Ipv6Prefix(Ipv6Address network, int length) {
        this.network = network;
        this.length = length;
    }

    public static Ipv6Prefix parse(String text) {
        return parse("prefix", text);
    }

    public static Ipv6Prefix parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException(field, "needs a prefix length (e.g. 2001:db8:0:1::/64): " + Printable.of(text));
        }
        Ipv6Address address = Ipv6Address.parse(field, text.substring(0, slash));
        String len = text.substring(slash + 1);
        int length;
        if (len.length() > 3 || !Ascii.isDigits(len)) {
            throw new InvalidValueException(field, "has a bad prefix length: " + Printable.of(text));
        }
        length = Integer.parseInt(len);
        if (length > 128) {
            throw new InvalidValueException(field, "has a prefix length over 128: " + Printable.of(text));
        }
        Ipv6Prefix prefix = new Ipv6Prefix(address, length);
        if (!prefix.networkOf(address).equals(address)) {
            throw new InvalidValueException(field, "has host bits set (did you mean "
                    + prefix.networkOf(address) + "/" + length + "?): " + Printable.of(text));
        }
        return prefix;
    }

    private Ipv6Address networkOf(Ipv6Address a) {
        long hiMask = length >= 64 ? -1L : (length == 0 ? 0 : -1L << (64 - length));
        long loMask = length <= 64 ? 0 : (length == 128 ? -1L : -1L << (128 - length));
        return Ipv6Address.of(a.high() & hiMask, a.low() & loMask);
    }

    public boolean contains(Ipv6Address a) {
        return networkOf(a).equals(network);
    }

    public Ipv6Address network() {
        return network;
    }

    public int length() {
        return length;
    }

    /** The address in this prefix whose interface identifier (the low 64 bits of a /64) is {@code iid}. */
    public Ipv6Address withInterfaceId(long iid) {
        if (length != 64) {
            throw new IllegalStateException("interface identifiers are for /64 prefixes, this is /" + length);
        }
        return Ipv6Address.of(network.high(), iid);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Prefix && ((Ipv6Prefix) o).length == length && ((Ipv6Prefix) o).network.equals(network);
    }

    @Override
    public int hashCode() {
        return network.hashCode() * 31 + length;
    }
}
