package org.netboot6.model;

import java.util.Locale;
import java.util.UUID;

/** The SMBIOS system UUID that firmware and iPXE ({@code ${uuid}}) report; iPXE's DUID-UUID is built from it. */
public final class SmbiosUuid {
    private final UUID uuid;

    private SmbiosUuid(UUID uuid) {
        this.uuid = uuid;
    }

    public static SmbiosUuid parse(String text) {
        if (!isCanonicalForm(text)) {
            throw new InvalidValueException("uuid", "is not a UUID (8-4-4-4-12 hex digits): " + Printable.of(text));
        }
        return new SmbiosUuid(UUID.fromString(text));
    }

    /** 8-4-4-4-12 ASCII hex digits; checked per boot request, so by hand rather than with a regular expression. */
    private static boolean isCanonicalForm(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** All-zero or all-ones UUIDs mean the firmware has none (qemu without -uuid sends zeros). */
    public boolean isPlaceholder() {
        return (uuid.getMostSignificantBits() == 0 && uuid.getLeastSignificantBits() == 0)
                || (uuid.getMostSignificantBits() == -1 && uuid.getLeastSignificantBits() == -1);
    }

    @Override
    public String toString() {
        return uuid.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmbiosUuid && ((SmbiosUuid) o).uuid.equals(uuid);
    }

    @Override
    public int hashCode() {
        return uuid.hashCode();
    }
}
