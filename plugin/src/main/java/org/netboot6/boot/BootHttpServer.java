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
import org.netboot6.model.Token;
import org.netboot6.service.BootService;
import org.netboot6.service.InstallerFile;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP endpoints iPXE and installers talk to, under {@code /netboot6/}: {@code boot.ipxe},
 * {@code host?mac=..&uuid=..}, the installer files {@code preseed/<token>}, {@code autoinstall/<token>/user-data}
 * (and meta-data, vendor-data), {@code kickstart/<token>}, the callback {@code done/<token>}, and the EFI loaders
 * for UEFI HTTP boot under {@code loaders/}. Built on the JDK's own HTTP server,
 * so the plugin adds no web stack to CloudStack's classpath. Every request gets one {@link AccessLog} line.
 */
public final class BootHttpServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(BootHttpServer.class);
    private static final String ROOT = "/netboot6/";
    static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;
    private final BootService boot;
    private final LoaderFiles loaders;
    private final AccessLog accessLog;

    /** Serves EFI loaders from Debian's ipxe package ({@link LoaderFiles#DEBIAN_IPXE}). */
    public BootHttpServer(InetSocketAddress listen, int threads, BootService boot, AccessLog accessLog)
            throws IOException {
        this(listen, threads, boot, new LoaderFiles(LoaderFiles.DEBIAN_IPXE), accessLog);
    }

    public BootHttpServer(InetSocketAddress listen, int threads, BootService boot, LoaderFiles loaders,
            AccessLog accessLog) throws IOException {
        this.boot = boot;
        this.loaders = loaders;
        this.accessLog = accessLog;
        noDelay();
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

    /**
     * The JDK server flushes the response headers and then writes the body: two small segments per response. With
     * Nagle's algorithm on, the body waits for the client's delayed ACK of the headers (~40 ms on Linux), which caps a
     * keep-alive connection at ~25 requests/s. TCP_NODELAY is the JDK server's own switch, read once per JVM when the
     * first JDK HttpServer is created; an operator's explicit setting is kept.
     */
    private static void noDelay() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        } else if (!Boolean.getBoolean(NODELAY)) {
            LOG.warn("{}=false: boot responses wait for delayed ACKs (about 40 ms each on keep-alive connections)",
                    NODELAY);
        }
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
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", reply.contentType());
            headers.set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            // also when the client left before the answer was sent: what was decided (a callback persisted) is logged
            exchange.close();
            accessLog.request(remote, printableMethod(exchange.getRequestMethod()), printablePath(exchange.getRequestURI()),
                    reply.status(), head ? 0 : body.length, (System.nanoTime() - started) / 1000);
        }
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
        if ("HEAD".equals(method) && !rest.equals("boot.ipxe") && !rest.startsWith("loaders/")) {
            // a per-host answer, an installer file or a callback has effects (events, a used token): GET only
            return BootReply.error(405, "HEAD is answered for boot.ipxe and loaders/ only; use GET");
        }
        if (rest.equals("boot.ipxe")) {
            return boot.genericScript();
        }
        if (rest.equals("host")) {
            Map<String, String> query;
            try {
                query = query(uri.getRawQuery());
            } catch (IllegalArgumentException e) {
                LOG.warn("boot script request from {} refused: {}", remote, e.getMessage());
                return BootReply.error(400, e.getMessage());
            }
            return boot.hostScript(query.get("mac"), query.get("uuid"), remote);
        }
        if (rest.startsWith("done/")) {
            return boot.done(rest.substring("done/".length()), remote);
        }
        if (rest.startsWith("preseed/")) {
            return boot.installerFile(InstallerFile.PRESEED, rest.substring("preseed/".length()), remote);
        }
        if (rest.startsWith("kickstart/")) {
            return boot.installerFile(InstallerFile.KICKSTART, rest.substring("kickstart/".length()), remote);
        }
        if (rest.startsWith("autoinstall/")) {
            return autoinstall(rest.substring("autoinstall/".length()), remote);
        }
        if (rest.startsWith("loaders/")) {
            return loaders.get(rest.substring("loaders/".length()));
        }
        return BootReply.error(404, "not found");
    }

    /** The NoCloud seed: {@code <token>/user-data}, {@code meta-data}, {@code vendor-data}. */
    private BootReply autoinstall(String tokenAndFile, String remote) {
        int slash = tokenAndFile.indexOf('/');
        if (slash < 0) {
            return BootReply.error(404, "not found");
        }
        String token = tokenAndFile.substring(0, slash);
        switch (tokenAndFile.substring(slash + 1)) {
            case "user-data":
                return boot.installerFile(InstallerFile.AUTOINSTALL_USER_DATA, token, remote);
            case "meta-data":
                return boot.installerFile(InstallerFile.AUTOINSTALL_META_DATA, token, remote);
            case "vendor-data":
                return boot.installerFile(InstallerFile.AUTOINSTALL_VENDOR_DATA, token, remote);
            default:
                return BootReply.error(404, "not found");
        }
    }

    /** Query parameters; a parameter given twice is refused (which one would be meant?). */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            String k;
            String v;
            try {
                k = URLDecoder.decode(key, StandardCharsets.UTF_8);
                v = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: keep the raw text so the value fails validation with a clear message
                k = key;
                v = value;
            }
            if (params.putIfAbsent(k, v) != null) {
                throw new IllegalArgumentException("parameter " + Printable.of(k) + " is given more than once");
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
        return raw.length == 16 ? Ipv6Address.of(raw).toString() : a.getAddress().getHostAddress();
    }

    /** {@link Printable#of} shortens longer text. */
    private static final int PRINTABLE_MAX = 80;
    private static final java.util.regex.Pattern TOKEN_IN_PATH =
            java.util.regex.Pattern.compile("/([A-Za-z0-9_-]{6})[A-Za-z0-9_-]{37}(?=[/?]|$)");

    /** The request method as sent, which may be anything: escaped unless it is a plain word. */
    static String printableMethod(String method) {
        if (method.chars().allMatch(c -> c >= 'A' && c <= 'Z') && method.length() <= 16) {
            return method;
        }
        String quoted = Printable.of(method);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Request paths carry tokens: the log shows their first six characters only. */
    static String printablePath(URI uri) {
        String p = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        // one pass instead of a regex and a copy per request: most paths hold no token and nothing to escape
        int run = 0;
        boolean tokenLike = false;
        boolean plain = p.length() <= PRINTABLE_MAX;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                tokenLike |= ++run >= Token.LENGTH;
            } else {
                run = 0;
                plain &= c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
            }
        }
        if (plain && !tokenLike) {
            return p;
        }
        String quoted = Printable.of(TOKEN_IN_PATH.matcher(p).replaceAll("/$1..."));
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
