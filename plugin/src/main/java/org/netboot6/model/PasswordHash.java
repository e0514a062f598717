package org.netboot6.model;

import java.util.regex.Pattern;

/**
 * A crypt(3) password hash: SHA-512 ({@code $6$}), SHA-256 ({@code $5$}) or yescrypt ({@code $y$}). A plaintext
 * password is never accepted. The characters allowed ({@code $ . / 0-9 A-Z a-z =}) cannot end a line, a quoted
 * string or a YAML scalar, but {@code $} is special to shells, so renderers still quote the hash.
 */
public final class PasswordHash {
    private static final String B64 = "[./0-9A-Za-z]";
    private static final Pattern SHA = Pattern.compile(
            "\\$([56])\\$(rounds=[1-9][0-9]{3,8}\\$)?" + B64 + "{1,16}\\$" + B64 + "+");
    private static final Pattern YESCRYPT = Pattern.compile("\\$y\\$" + B64 + "+\\$" + B64 + "{1,86}\\$" + B64 + "{43}");

    private final String hash;

    private PasswordHash(String hash) {
        this.hash = hash;
    }

    public static PasswordHash parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        java.util.regex.Matcher sha = SHA.matcher(text);
        if (sha.matches()) {
            int expected = sha.group(1).equals("6") ? 86 : 43;
            String digest = text.substring(text.lastIndexOf('$') + 1);
            if (digest.length() == expected) {
                return new PasswordHash(text);
            }
        } else if (YESCRYPT.matcher(text).matches()) {
            return new PasswordHash(text);
        }
        // never echo the value: it may be a plaintext password typed into the wrong field
        throw new InvalidValueException(field, "must be a crypt(3) hash starting with $6$, $y$ or $5$ (e.g. from "
                + "'mkpasswd -m sha-512'); plaintext passwords are refused (value not shown)");
    }

    /** The hash itself, for rendering into an answer file. */
    public String value() {
        return hash;
    }

    @Override
    public String toString() {
        return hash.substring(0, 3) + "...";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash && ((PasswordHash) o).hash.equals(hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }
}
