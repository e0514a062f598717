package org.netboot6.model;

/**
 * ASCII-only character rules for parsing. {@link Character#digit}, {@link Character#isDigit},
 * {@link Integer#parseInt} and case folding also accept other scripts: fullwidth and Arabic-Indic digits, U+017F
 * (long s, upper case 'S'), U+212A (Kelvin sign, lower case 'k'). No file netboot6 renders may hold such a
 * character, so every parser goes through these.
 */
public final class Ascii {
    private Ascii() {
    }

    /** The value of an ASCII hex digit, or -1. */
    public static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** One or more ASCII digits 0-9, nothing else. */
    public static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Equal when ASCII letters are folded; any other character must match exactly (U+017F is not 's'). */
    public static boolean equalsIgnoreCase(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The constant of {@code type} whose name is {@code text}, ASCII case-insensitive. */
    public static <E extends Enum<E>> E constant(Class<E> type, String field, String text, String choices) {
        for (E e : type.getEnumConstants()) {
            if (equalsIgnoreCase(e.name(), text)) {
                return e;
            }
        }
        throw new InvalidValueException(field, "must be " + choices + ": " + Printable.of(text));
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
