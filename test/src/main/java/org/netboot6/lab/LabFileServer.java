package org.netboot6.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

/**
 * The lab's stand-in for an operator's image mirror: serves a fixed set of files (installer kernel and initrd) over
 * HTTP on the lab's IPv6 address. Only the names it was given; nothing else on disk is reachable.
 */
public final class LabFileServer implements AutoCloseable {
    private final HttpServer server;

    public LabFileServer(InetAddress address, Map<String, Path> files, Timeline timeline) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 16);
        server.createContext("/", exchange -> {
            Path file = files.get(exchange.getRequestURI().getPath());
            try (OutputStream out = exchange.getResponseBody()) {
                if (file == null || !"GET".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.sendResponseHeaders(200, Files.size(file));
                    Files.copy(file, out);
                }
            }
            timeline.add("mirror", exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " -> "
                    + exchange.getResponseCode());
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
