package org.netboot6.identity;

import org.netboot6.model.Mac;

/** Identity-association identifiers (IA_NA option 3) as boot clients compute them. */
public final class Iaid {
    private Iaid() {
    }

    /**
     * iPXE's IAID: the little-endian CRC32 of the 6-octet MAC with seed 0 and no final inversion (iPXE calls
     * {@code crc32_le(0, mac, len)}), unlike zlib's CRC32. 00:00:5e:00:53:01 gives 0xcd434690.
     */
    public static long ipxe(Mac mac) {
        int crc = 0;
        for (byte b : mac.octets()) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
            }
        }
        return crc & 0xffffffffL;
    }
}
