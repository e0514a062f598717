package org.netboot6.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One OpenSSH public key line: type, base64 key blob whose embedded type must match, optional comment. Options
 * ({@code command=...}) are refused. The comment is limited to {@code A-Z a-z 0-9 @ . _ + = : -}, so the
 * whole key is safe inside a quoted string of any format netboot6 renders.
 */
public final class SshPublicKey {
    private static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
            "sk-ecdsa-sha2-nistp256@openssh.com");
    private static final Pattern BLOB = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Pattern COMMENT = Pattern.compile("[A-Za-z0-9@._+=:-]{1,100}");

    private final String line;

    private SshPublicKey(String line) {
        this.line = line;
    }

    public static SshPublicKey parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        String[] parts = text.trim().split(" ", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidValueException(field, "must be 'TYPE BASE64 [COMMENT]' (one line, single spaces, comment "
                    + "without spaces): " + Printable.of(text));
        }
        if (!TYPES.contains(parts[0])) {
            throw new InvalidValueException(field, "has an unknown key type (options such as command= are refused): "
                    + Printable.of(parts[0]));
        }
        if (!BLOB.matcher(parts[1]).matches() || !embeddedType(parts[1]).equals(parts[0])) {
            throw new InvalidValueException(field, "has a key blob that is not base64 of a " + parts[0] + " key: "
                    + Printable.of(text));
        }
        if (parts.length == 3 && !COMMENT.matcher(parts[2]).matches()) {
            throw new InvalidValueException(field, "has a comment with characters other than A-Z a-z 0-9 @ . _ + = : -: "
                    + Printable.of(parts[2]));
        }
        return new SshPublicKey(String.join(" ", parts));
    }

    private static String embeddedType(String blob) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(blob));
            int n = b.getInt();
            if (n <= 0 || n > 64 || n > b.remaining()) {
                return "";
            }
            byte[] type = new byte[n];
            b.get(type);
            return new String(type, StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            return "";
        }
    }

    /** The whole key line, as it goes into authorized_keys. */
    public String line() {
        return line;
    }

    @Override
    public String toString() {
        return line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SshPublicKey && ((SshPublicKey) o).line.equals(line);
    }

    @Override
    public int hashCode() {
        return line.hashCode();
    }
}
