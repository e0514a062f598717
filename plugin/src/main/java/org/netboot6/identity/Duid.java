package org.netboot6.identity;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.netboot6.model.Ascii;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.Printable;
import org.netboot6.model.SmbiosUuid;

/**
 * A DHCPv6 DUID (RFC 8415 §11): DUID-LLT (1), DUID-EN (2), DUID-LL (3) or DUID-UUID (4, RFC 6355), as the bytes
 * of client-id option 1. Prints as lower-case colon hex, the form Kea, dhcpd and dnsmasq take.
 */
public final class Duid {
    public static final int LLT = 1;
    public static final int EN = 2;
    public static final int LL = 3;
    public static final int UUID_TYPE = 4;
    /** Hardware type 1 (Ethernet) in DUID-LL/LLT and option 79. */
    static final int ETHERNET = 1;
    /** RFC 8415: at most 128 octets after the 2-octet type. */
    private static final int MAX_LENGTH = 130;

    private final byte[] bytes;

    private Duid(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Duid parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("duid", "is missing");
        }
        String hex = text.indexOf(':') >= 0 || text.indexOf('-') >= 0 ? text.replaceAll("[:-]", "") : text;
        boolean separated = hex.length() != text.length();
        if (hex.length() % 2 != 0 || (separated && !text.matches("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2})*"))) {
            throw new InvalidValueException("duid", "is not colon-separated hex octets: " + Printable.of(text));
        }
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            int hi = Ascii.hexValue(hex.charAt(2 * i));
            int lo = Ascii.hexValue(hex.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                throw new InvalidValueException("duid", "is not hex: " + Printable.of(text));
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return of(b);
    }

    /** From the bytes of client-id option 1; checks the length each DUID type requires. */
    public static Duid of(byte[] raw) {
        byte[] b = raw.clone();
        if (b.length < 3 || b.length > MAX_LENGTH) {
            throw new InvalidValueException("duid", "must be 3-" + MAX_LENGTH + " octets, has " + b.length);
        }
        int type = (b[0] & 0xff) << 8 | (b[1] & 0xff);
        switch (type) {
            case LLT:
                requireLength(b, 8 + 1, "DUID-LLT needs type, hardware type, time and a link-layer address");
                break;
            case EN:
                requireLength(b, 6 + 1, "DUID-EN needs type, a 4-octet enterprise number and an identifier");
                break;
            case LL:
                requireLength(b, 4 + 1, "DUID-LL needs type, hardware type and a link-layer address");
                break;
            case UUID_TYPE:
                if (b.length != 18) {
                    throw new InvalidValueException("duid", "DUID-UUID must be 18 octets (type + 16-octet UUID), has "
                            + b.length);
                }
                break;
            default:
                throw new InvalidValueException("duid", "has unknown DUID type " + type + " (known: 1 LLT, 2 EN, 3 LL, 4 UUID)");
        }
        return new Duid(b);
    }

    private static void requireLength(byte[] b, int min, String what) {
        if (b.length < min) {
            throw new InvalidValueException("duid", what + " (at least " + min + " octets, has " + b.length + ")");
        }
    }

    /** DUID-LL from an Ethernet MAC: what an installed system pinned to its permanent MAC should send (FR-02). */
    public static Duid ll(Mac mac) {
        return of(ByteBuffer.allocate(10).putShort((short) LL).putShort((short) ETHERNET).put(mac.octets()).array());
    }

    /** DUID-LLT: {@code time} is seconds since 2000-01-01 UTC, modulo 2^32. */
    public static Duid llt(Mac mac, long time) {
        return of(ByteBuffer.allocate(14).putShort((short) LLT).putShort((short) ETHERNET).putInt((int) time)
                .put(mac.octets()).array());
    }

    public static Duid en(long enterpriseNumber, byte[] identifier) {
        if (enterpriseNumber < 0 || enterpriseNumber > 0xffffffffL) {
            throw new InvalidValueException("duid", "enterprise number must fit in 32 bits, got " + enterpriseNumber);
        }
        return of(ByteBuffer.allocate(6 + identifier.length).putShort((short) EN).putInt((int) enterpriseNumber)
                .put(identifier).array());
    }

    /**
     * DUID-UUID as iPXE and OVMF send it: the SMBIOS UUID in the byte order of its printed form (lab §11: qemu
     * {@code -uuid 11111111-2222-3333-4444-555555555502} gave {@code 00:04:11:11:11:11:22:22:...:55:02}).
     */
    public static Duid uuid(SmbiosUuid uuid) {
        UUID u = UUID.fromString(uuid.toString());
        return of(ByteBuffer.allocate(18).putShort((short) UUID_TYPE).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
    }

    public int type() {
        return (bytes[0] & 0xff) << 8 | (bytes[1] & 0xff);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The MAC inside a DUID-LL or DUID-LLT of hardware type Ethernet. */
    public Optional<Mac> mac() {
        int offset = type() == LL ? 4 : type() == LLT ? 8 : -1;
        if (offset < 0 || ((bytes[2] & 0xff) << 8 | (bytes[3] & 0xff)) != ETHERNET || bytes.length != offset + 6) {
            return Optional.empty();
        }
        return Optional.of(Mac.of(Arrays.copyOfRange(bytes, offset, offset + 6)));
    }

    public Optional<SmbiosUuid> uuid() {
        if (type() != UUID_TYPE) {
            return Optional.empty();
        }
        ByteBuffer bb = ByteBuffer.wrap(bytes, 2, 16);
        return Optional.of(SmbiosUuid.parse(new UUID(bb.getLong(), bb.getLong()).toString()));
    }

    public Optional<Long> enterpriseNumber() {
        return type() == EN ? Optional.of(ByteBuffer.wrap(bytes, 2, 4).getInt() & 0xffffffffL) : Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte x : bytes) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Duid && Arrays.equals(((Duid) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
