package org.netboot6.preflight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudStack version such as {@code 4.22.0.0}: at least major.minor, digits and dots. Package versions may carry
 * a Debian epoch and a suffix after {@code ~}, {@code +} or {@code -} ({@code 1:4.20.1.0-1}, {@code 4.22.0.0~rc1},
 * {@code 4.20.1.0~bookworm}), which the comparison leaves out. Compared numerically, missing parts count as 0.
 */
public final class CsVersion implements Comparable<CsVersion> {
    private static final String NUMBERS = "(\\d+(?:\\.\\d+){1,3})";
    private static final Pattern PLAIN = Pattern.compile("^" + NUMBERS + "$");
    private static final Pattern PACKAGE = Pattern.compile("^(?:\\d+:)?" + NUMBERS + "(?:[~+-][A-Za-z0-9][A-Za-z0-9.+~-]*)?$");
    private static final String EXPECTED = " (expected digits and dots, at least major.minor, e.g. 4.22.0.0)";

    private final List<Integer> parts;
    private final String text;

    private CsVersion(List<Integer> parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    /**
     * A version as dpkg, apt or an operator gives it (Debian epoch and suffix allowed).
     * @throws IllegalArgumentException with a message fit for the user when {@code s} is not a version
     */
    public static CsVersion parse(String s) {
        return parse(s, PACKAGE);
    }

    /**
     * A bare version as CloudStack writes it into its {@code version} table: nothing but digits and dots.
     * @throws IllegalArgumentException with a message fit for the user when {@code s} is not such a version
     */
    public static CsVersion parsePlain(String s) {
        return parse(s, PLAIN);
    }

    private static CsVersion parse(String s, Pattern form) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("empty version" + EXPECTED);
        }
        Matcher m = form.matcher(s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a CloudStack version" + EXPECTED);
        }
        List<Integer> p = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            if (part.length() > 6) {
                throw new IllegalArgumentException("'" + s + "' has an implausibly long version part '" + part + "'");
            }
            p.add(Integer.parseInt(part));
        }
        return new CsVersion(Collections.unmodifiableList(p), s.trim());
    }

    public int part(int i) {
        return i < parts.size() ? parts.get(i) : 0;
    }

    public int major() {
        return part(0);
    }

    /** Compares the first {@code n} parts only: 4.22.0.0 and 4.22.1.0 are equal on 2 parts. */
    public int compareTo(CsVersion o, int n) {
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(part(i), o.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public int compareTo(CsVersion o) {
        return compareTo(o, Math.max(parts.size(), o.parts.size()));
    }

    public boolean isBefore(CsVersion o) {
        return compareTo(o) < 0;
    }

    public boolean isAtLeast(String o) {
        return compareTo(parse(o)) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsVersion && compareTo((CsVersion) o) == 0;
    }

    @Override
    public int hashCode() {
        int h = 0;
        int n = parts.size();
        while (n > 0 && parts.get(n - 1) == 0) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            h = 31 * h + parts.get(i);
        }
        return h;
    }

    @Override
    public String toString() {
        return text;
    }
}
