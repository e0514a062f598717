package org.netboot6.plan;

import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;

/** An inclusive range of addresses, e.g. a block the operator numbers by hand. */
public final class AddressRange {
    private final Ipv6Address first;
    private final Ipv6Address last;

    private AddressRange(Ipv6Address first, Ipv6Address last) {
        this.first = first;
        this.last = last;
    }

    public static AddressRange of(String field, Ipv6Address first, Ipv6Address last) {
        if (first == null) {
            throw new InvalidValueException(field + ".first", "is missing");
        }
        if (last == null) {
            throw new InvalidValueException(field + ".last", "is missing");
        }
        if (first.compareTo(last) > 0) {
            throw new InvalidValueException(field, "ends (" + last + ") before it starts (" + first + ")");
        }
        return new AddressRange(first, last);
    }

    public boolean contains(Ipv6Address a) {
        return first.compareTo(a) <= 0 && a.compareTo(last) <= 0;
    }

    public Ipv6Address first() {
        return first;
    }

    public Ipv6Address last() {
        return last;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
