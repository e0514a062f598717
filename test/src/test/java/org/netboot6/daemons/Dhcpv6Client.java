package org.netboot6.daemons;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A minimal DHCPv6 client for wire tests: sends a Solicit shaped like a boot client's (client-id, IA_NA, ORO,
 * architecture, user class, vendor class) from a link-local address to All_DHCP_Relay_Agents_and_Servers and
 * returns the options of the first Advertise with the same transaction id.
 */
final class Dhcpv6Client implements AutoCloseable {
    static final int SOLICIT = 1;
    static final int ADVERTISE = 2;

    private final DatagramSocket socket;
    private final NetworkInterface nic;

    Dhcpv6Client(String interfaceName) throws IOException {
        nic = NetworkInterface.getByName(interfaceName);
        if (nic == null) {
            throw new IOException("no interface " + interfaceName);
        }
        Inet6Address linkLocal = Collections.list(nic.getInetAddresses()).stream()
                .filter(a -> a instanceof Inet6Address && a.isLinkLocalAddress()).map(a -> (Inet6Address) a).findFirst()
                .orElseThrow(() -> new IOException(interfaceName + " has no link-local address"));
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(linkLocal, 546));
        socket.setSoTimeout(3000);
    }

    /** One Solicit; {@code options} are code -> payload, sent in insertion order. */
    Map<Integer, byte[]> solicit(Map<Integer, byte[]> options) throws IOException {
        int xid = ThreadLocalRandom.current().nextInt(1 << 24);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SOLICIT);
        out.write(xid >> 16);
        out.write(xid >> 8);
        out.write(xid);
        for (Map.Entry<Integer, byte[]> o : options.entrySet()) {
            out.write(option(o.getKey(), o.getValue()));
        }
        byte[] msg = out.toByteArray();
        InetAddress servers = Inet6Address.getByAddress(null,
                new byte[] {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2}, nic);
        socket.send(new DatagramPacket(msg, msg.length, servers, 547));
        byte[] buf = new byte[4096];
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                break;
            }
            ByteBuffer bb = ByteBuffer.wrap(p.getData(), 0, p.getLength());
            int type = bb.get() & 0xff;
            int got = (bb.get() & 0xff) << 16 | (bb.get() & 0xff) << 8 | (bb.get() & 0xff);
            if (type == ADVERTISE && got == xid) {
                return parse(bb);
            }
        }
        throw new SocketTimeoutException("no Advertise for transaction " + Integer.toHexString(xid));
    }

    /** Top-level options of a message (the same code twice is a failure: none of ours repeats). */
    static Map<Integer, byte[]> parse(ByteBuffer bb) {
        Map<Integer, byte[]> options = new LinkedHashMap<>();
        while (bb.remaining() > 0) {
            int code = bb.getShort() & 0xffff;
            int len = bb.getShort() & 0xffff;
            if (len > bb.remaining()) {
                throw new IllegalStateException("option " + code + " claims " + len + " octets, " + bb.remaining() + " left");
            }
            byte[] data = new byte[len];
            bb.get(data);
            if (options.put(code, data) != null) {
                throw new IllegalStateException("option " + code + " appears twice");
            }
        }
        return options;
    }

    static byte[] option(int code, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).putShort((short) code).putShort((short) data.length).put(data).array();
    }

    static byte[] u16(int... values) {
        ByteBuffer bb = ByteBuffer.allocate(2 * values.length);
        for (int v : values) {
            bb.putShort((short) v);
        }
        return bb.array();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] hex(String hex) {
        String h = hex.replaceAll("[\\s:]", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Override
    public void close() {
        socket.close();
    }
}
