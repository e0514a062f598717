package org.netboot6.model;

import java.util.Locale;

/** A host's short name: one DNS label (letters, digits, inner hyphens; at most 63 characters). */
public final class Hostname {
    private final String name;

    private Hostname(String name) {
        this.name = name;
    }

    public static Hostname parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("hostname", "is missing");
        }
        if (!DomainName.isLabel(text)) {
            throw new InvalidValueException("hostname",
                    "must be one DNS label (letters, digits, inner hyphens, up to 63): " + Printable.of(text));
        }
        return new Hostname(text.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hostname && ((Hostname) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
