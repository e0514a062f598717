package org.netboot6.model;

import java.util.Locale;

/**
 * A DNS name made of letters, digits and hyphens (RFC 1123 host-name rules), e.g. "lab.example".
 * Anything else is refused, so a domain name can go into any rendered format without escaping.
 */
public final class DomainName {
    private final String name;

    private DomainName(String name) {
        this.name = name;
    }

    public static DomainName parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        String s = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (s.isEmpty() || s.length() > 253) {
            throw new InvalidValueException(field, "is not a DNS name (1-253 characters): " + Printable.of(text));
        }
        for (String label : s.split("\\.", -1)) {
            if (!isLabel(label)) {
                throw new InvalidValueException(field,
                        "is not a DNS name (labels of letters, digits and inner hyphens): " + Printable.of(text));
            }
        }
        return new DomainName(s.toLowerCase(Locale.ROOT));
    }

    static boolean isLabel(String label) {
        int n = label.length();
        if (n == 0 || n > 63 || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainName && ((DomainName) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
