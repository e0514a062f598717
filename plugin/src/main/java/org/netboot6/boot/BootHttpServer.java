package org.netboot6.boot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Printable;
import org.netboot6.service.BootService;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP endpoints iPXE and installers talk to, under {@code /netboot6/}:
 * {@code boot.ipxe}, {@code host?mac=..&uuid=..} and {@code done/<token>}. Built on the JDK's own HTTP server,
 * so the plugin adds no web stack to CloudStack's classpath. Every request gets one {@link AccessLog} line.
 */
public final class BootHttpServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(BootHttpServer.class);
    private static final String ROOT = "/netboot6/";

    private final HttpServer server;
    private final ExecutorService workers;
    private final BootService boot;
    private final AccessLog accessLog;

    public BootHttpServer(InetSocketAddress listen, int threads, BootService boot, AccessLog accessLog)
            throws IOException {
        this.boot = boot;
        this.accessLog = accessLog;
        this.server = HttpServer.create(listen, 1024);
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "netboot6-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String remote = remoteOf(exchange);
        BootReply reply;
        try {
            reply = route(exchange, remote);
        } catch (RuntimeException e) {
            LOG.error("internal error answering {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            reply = BootReply.error(500, "internal error; see the management server log");
        }
        byte[] body = reply.bodyBytes();
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
        accessLog.request(remote, exchange.getRequestMethod(), printablePath(exchange.getRequestURI()), reply.status(),
                body.length, (System.nanoTime() - started) / 1000);
    }

    private BootReply route(HttpExchange exchange, String remote) {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return BootReply.error(405, "only GET is served here");
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(ROOT)) {
            return BootReply.error(404, "not found");
        }
        String rest = path.substring(ROOT.length());
        if (rest.equals("boot.ipxe")) {
            return boot.genericScript();
        }
        if (rest.equals("host")) {
            Map<String, String> query = query(uri.getRawQuery());
            return boot.hostScript(query.get("mac"), query.get("uuid"), remote);
        }
        if (rest.startsWith("done/")) {
            return boot.done(rest.substring("done/".length()), remote);
        }
        return BootReply.error(404, "not found");
    }

    /** Query parameters; a repeated parameter keeps its first value. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: keep the raw text so the value fails validation with a clear message
                params.putIfAbsent(key, value);
            }
        }
        return params;
    }

    private static String remoteOf(HttpExchange exchange) {
        InetSocketAddress a = exchange.getRemoteAddress();
        if (a == null) {
            return "?";
        }
        byte[] raw = a.getAddress().getAddress();
        if (raw.length != 16) {
            return a.getAddress().getHostAddress();
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (raw[i] & 0xff);
            low = (low << 8) | (raw[i + 8] & 0xff);
        }
        return Ipv6Address.of(high, low).toString();
    }

    /** Request paths carry tokens: log the token's first characters only. */
    private static String printablePath(URI uri) {
        String p = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        int done = p.indexOf("/done/");
        if (done >= 0 && p.length() > done + 12) {
            p = p.substring(0, done + 12) + "...";
        }
        String quoted = Printable.of(p);
        return quoted.substring(1, quoted.length() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
