package org.netboot6.model;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** The SMBIOS system UUID that firmware and iPXE ({@code ${uuid}}) report; iPXE's DUID-UUID is built from it. */
public final class SmbiosUuid {
    private static final Pattern FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private final UUID uuid;

    private SmbiosUuid(UUID uuid) {
        this.uuid = uuid;
    }

    public static SmbiosUuid parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new InvalidValueException("uuid", "is not a UUID (8-4-4-4-12 hex digits): " + Printable.of(text));
        }
        return new SmbiosUuid(UUID.fromString(text));
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
