package org.netboot6.model;

import java.util.regex.Pattern;

/** A Debian or RPM binary package name: letters, digits and {@code + . _ -}, starting with a letter or digit. */
public final class PackageName {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._-]{0,99}");
    private final String name;

    private PackageName(String name) {
        this.name = name;
    }

    public static PackageName parse(String field, String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new InvalidValueException(field, "is not a package name (letters, digits, + . _ -): " + Printable.of(text));
        }
        return new PackageName(text);
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackageName && ((PackageName) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
