package org.netboot6.model;

import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One OpenSSH public key line: type, base64 key blob (the type again and that type's key material), optional
 * comment. Options ({@code command=...}) are refused. The comment is limited to {@code A-Z a-z 0-9 @ . _ + = : -}, so the
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
        if (!BLOB.matcher(parts[1]).matches() || !isKeyBlob(parts[0], parts[1])) {
            throw new InvalidValueException(field, "has a key blob that is not base64 of a whole " + parts[0] + " key "
                    + "(its type, then the key material that type has, nothing else): " + Printable.of(text));
        }
        if (parts.length == 3 && !COMMENT.matcher(parts[2]).matches()) {
            throw new InvalidValueException(field, "has a comment with characters other than A-Z a-z 0-9 @ . _ + = : -: "
                    + Printable.of(parts[2]));
        }
        return new SshPublicKey(String.join(" ", parts));
    }

    /**
     * True when {@code blob} is the SSH wire encoding (RFC 4253 6.6, RFC 5656 3.1, OpenSSH PROTOCOL.u2f) of a
     * {@code type} key with every field that type has and nothing after them.
     */
    private static boolean isKeyBlob(String type, String blob) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(blob));
            if (!new String(string(b), StandardCharsets.US_ASCII).equals(type)) {
                return false;
            }
            switch (type) {
                case "ssh-ed25519":
                    return string(b).length == 32 && !b.hasRemaining();
                case "sk-ssh-ed25519@openssh.com":
                    return string(b).length == 32 && string(b).length > 0 && !b.hasRemaining();
                case "ssh-rsa":
                    BigInteger e = mpint(b);
                    BigInteger n = mpint(b);
                    // OpenSSH refuses moduli under 1024 bits
                    return e.signum() > 0 && e.testBit(0) && n.bitLength() >= 1024 && !b.hasRemaining();
                case "sk-ecdsa-sha2-nistp256@openssh.com":
                    return isEcPoint(b, "nistp256") && string(b).length > 0 && !b.hasRemaining();
                default: // ecdsa-sha2-nistp256/384/521
                    return isEcPoint(b, type.substring(type.lastIndexOf('-') + 1)) && !b.hasRemaining();
            }
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            return false;
        }
    }

    /** The curve name, then Q as an uncompressed point (0x04, X, Y) of that curve's size. */
    private static boolean isEcPoint(ByteBuffer b, String curve) {
        if (!new String(string(b), StandardCharsets.US_ASCII).equals(curve)) {
            return false;
        }
        int fieldBytes = curve.equals("nistp256") ? 32 : curve.equals("nistp384") ? 48 : 66;
        byte[] q = string(b);
        return q.length == 1 + 2 * fieldBytes && q[0] == 0x04;
    }

    /** An RFC 4251 string: uint32 length, then that many bytes. */
    private static byte[] string(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] bytes = new byte[n];
        b.get(bytes);
        return bytes;
    }

    /** An RFC 4251 mpint, refused unless in its one minimal two's-complement form. */
    private static BigInteger mpint(ByteBuffer b) {
        byte[] bytes = string(b);
        if (bytes.length == 0) {
            return BigInteger.ZERO;
        }
        if (bytes.length > 1 && (bytes[0] == 0 && bytes[1] >= 0 || bytes[0] == -1 && bytes[1] < 0)) {
            throw new IllegalArgumentException("mpint with a needless leading byte");
        }
        return new BigInteger(bytes);
    }

    /** Type and key blob: what tells keys apart. */
    public String withoutComment() {
        int comment = line.indexOf(' ', line.indexOf(' ') + 1);
        return comment < 0 ? line : line.substring(0, comment);
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
