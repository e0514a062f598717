package org.netboot6.model;

import java.security.SecureRandom;
import java.util.Base64;

/** A per-host, single-use secret: 32 random bytes in URL-safe base64 without padding (43 characters). */
public final class Token {
    public static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private Token(String value) {
        this.value = value;
    }

    public static Token generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Token(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public static Token parse(String text) {
        if (!isTokenForm(text)) {
            // never echo a whole (possibly real, mistyped) token into a log
            String shown = text == null ? null : text.length() > 6 ? text.substring(0, 6) + "..." : text;
            throw new InvalidValueException("token", "is not a netboot6 token: " + Printable.of(shown));
        }
        return new Token(text);
    }

    /** {@link #LENGTH} URL-safe base64 characters; checked per request, so by hand rather than with a regex. */
    private static boolean isTokenForm(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The secret itself, for URLs and the database; never for logs. */
    public String value() {
        return value;
    }

    /** Enough to tell tokens apart in a log line without revealing them. */
    @Override
    public String toString() {
        return value.substring(0, 6) + "...";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token && ((Token) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
