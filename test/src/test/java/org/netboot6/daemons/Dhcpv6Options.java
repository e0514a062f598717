package org.netboot6.daemons;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes every option of a server reply by its definition (RFC 8415, 3646, 5970); an option without one is a
 * failure (FR-07: an option the server does not know how to encode goes out empty or garbled).
 */
final class Dhcpv6Options {
    private Dhcpv6Options() {
    }

    static List<String> decodeAll(Map<Integer, byte[]> options) {
        List<String> out = new ArrayList<>();
        options.forEach((code, data) -> out.add(decode(code, data)));
        return out;
    }

    static String decode(int code, byte[] d) {
        ByteBuffer bb = ByteBuffer.wrap(d);
        switch (code) {
            case 1:
            case 2:
                require(code, d.length >= 4, d);
                return (code == 1 ? "client-id " : "server-id ") + hex(d);
            case 3: {
                require(code, d.length >= 12, d);
                String s = String.format("ia-na iaid=%08x t1=%d t2=%d", bb.getInt(), bb.getInt() & 0xffffffffL,
                        bb.getInt() & 0xffffffffL);
                byte[] rest = new byte[bb.remaining()];
                bb.get(rest);
                return s + " " + Dhcpv6Client.parse(ByteBuffer.wrap(rest)).entrySet().stream()
                        .map(e -> decode(e.getKey(), e.getValue())).reduce((a, b) -> a + " " + b).orElse("");
            }
            case 5:
                require(code, d.length >= 24, d);
                return "iaaddr " + address(d, 0) + " pref=" + (ByteBuffer.wrap(d, 16, 4).getInt() & 0xffffffffL) + " valid="
                        + (ByteBuffer.wrap(d, 20, 4).getInt() & 0xffffffffL);
            case 7:
                require(code, d.length == 1, d);
                return "preference " + (d[0] & 0xff);
            case 13:
                require(code, d.length >= 2, d);
                return "status " + (bb.getShort() & 0xffff) + " " + new String(d, 2, d.length - 2, StandardCharsets.UTF_8);
            case 16: {
                require(code, d.length >= 4, d);
                StringBuilder s = new StringBuilder("vendor-class enterprise=" + (bb.getInt() & 0xffffffffL));
                while (bb.remaining() > 0) {
                    require(code, bb.remaining() >= 2, d);
                    int len = bb.getShort() & 0xffff;
                    require(code, bb.remaining() >= len, d);
                    byte[] item = new byte[len];
                    bb.get(item);
                    s.append(" \"").append(new String(item, StandardCharsets.US_ASCII)).append('"');
                }
                return s.toString();
            }
            case 23: {
                require(code, d.length > 0 && d.length % 16 == 0, d);
                StringBuilder s = new StringBuilder("dns-servers");
                for (int i = 0; i < d.length; i += 16) {
                    s.append(' ').append(address(d, i));
                }
                return s.toString();
            }
            case 24:
                return "domain-search " + String.join(",", domains(d));
            case 59:
                require(code, d.length > 0 && d[d.length - 1] != 0, d);
                return "bootfile-url " + new String(d, StandardCharsets.UTF_8);
            default:
                throw new AssertionError("option " + code + " has no known definition: " + hex(d));
        }
    }

    private static List<String> domains(byte[] d) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < d.length) {
            int len = d[i++] & 0xff;
            if (len == 0) {
                require(24, name.length() > 0, d);
                names.add(name.toString());
                name.setLength(0);
                continue;
            }
            require(24, len < 64 && i + len <= d.length, d);
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(d, i, len, StandardCharsets.US_ASCII));
            i += len;
        }
        require(24, name.length() == 0 && !names.isEmpty(), d);
        return names;
    }

    private static String address(byte[] d, int offset) {
        byte[] a = new byte[16];
        System.arraycopy(d, offset, a, 0, 16);
        try {
            return InetAddress.getByAddress(a).getHostAddress();
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static void require(int code, boolean ok, byte[] d) {
        if (!ok) {
            throw new AssertionError("option " + code + " is malformed: " + hex(d));
        }
    }

    static String hex(byte[] d) {
        StringBuilder sb = new StringBuilder();
        for (byte b : d) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
