package org.netboot6.boot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Printable;
import org.netboot6.model.Token;
import org.netboot6.service.BootService;
import org.netboot6.service.InstallerFile;

/**
 * The HTTP endpoints iPXE and installers talk to, under {@code /netboot6/}: {@code boot.ipxe},
 * {@code host?mac=..&uuid=..}, the installer files {@code preseed/<token>}, {@code autoinstall/<token>/user-data}
 * (and meta-data, vendor-data), {@code kickstart/<token>}, the callback {@code done/<token>}, and the EFI loaders
 * for UEFI HTTP boot under {@code loaders/}. Every request gets one {@link AccessLog} line, also one that never
 * reaches the routes (a malformed request line or header: Jetty answers it, in plain text here).
 * <p>
 * Runs on Jetty 9.4, the web server CloudStack's management server itself embeds, so the plugin adds no web stack.
 * The JDK's own HTTP server was used first: it peaked at about 60 % of nginx's rate for a static answer on two
 * cores, Jetty at nginx's (BENCHMARKS.md).
 */
public final class BootHttpServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(BootHttpServer.class);
    private static final String ROOT = "/netboot6/";
    /** Jetty's own threads beside the workers: an acceptor, a selector, and spares it reserves to hand work over. */
    private static final int JETTY_THREADS = 4;
    /**
     * Marks a request Jetty's error handling answered (e.g. a target of {@code *}), which also counts as handled:
     * the request log logs it. (An attribute on the rare path, not on every routed request: a request's attribute
     * map is allocated at its first attribute.)
     */
    private static final String ANSWERED_BY_JETTY = "org.netboot6.boot.answeredByJetty";

    private final Server server;
    private final ServerConnector connector;
    /** Sends answers that must wait (a callback's, until every server has seen it) without holding a worker. */
    private final Scheduler scheduler = new ScheduledExecutorScheduler("netboot6-http-held", true);
    private final InetSocketAddress listen;
    private final BootService boot;
    private final LoaderFiles loaders;
    private final AccessLog accessLog;

    /** Serves EFI loaders from Debian's ipxe package ({@link LoaderFiles#DEBIAN_IPXE}). */
    public BootHttpServer(InetSocketAddress listen, int threads, BootService boot, AccessLog accessLog)
            throws IOException {
        this(listen, threads, boot, new LoaderFiles(LoaderFiles.DEBIAN_IPXE), accessLog);
    }

    /** Binds {@code listen} at once (an address in use fails here); serves from {@link #start()}. */
    public BootHttpServer(InetSocketAddress listen, int threads, BootService boot, LoaderFiles loaders,
            AccessLog accessLog) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.listen = listen;
        this.boot = boot;
        this.loaders = loaders;
        this.accessLog = accessLog;
        QueuedThreadPool pool = new QueuedThreadPool(threads + JETTY_THREADS, Math.min(threads + JETTY_THREADS, 8));
        pool.setName("netboot6-http");
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(listen.getAddress().getHostAddress());
        connector.setPort(listen.getPort());
        connector.setAcceptQueueSize(1024);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        server.addBean(scheduler);
        server.setHandler(new Routes());
        server.setErrorHandler(new PlainTextErrors());
        server.setRequestLog(this::logUnrouted);
        server.setStopTimeout(2_000);
        connector.open();
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the boot HTTP service on " + listen + " did not start: " + e.getMessage(), e);
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(listen.getAddress(), connector.getLocalPort());
    }

    private final class Routes extends AbstractHandler {
        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) {
            base.setHandled(true);
            answer(base, response);
        }
    }

    private void answer(Request request, HttpServletResponse response) {
        long started = System.nanoTime();
        String remote = remoteOf(request.getRemoteInetSocketAddress());
        String method = request.getMethod();
        String path = request.getRequestURI(); // null for CONNECT's host:port or a request target of *
        String query = request.getQueryString();
        BootReply reply;
        try {
            reply = route(method, path, query, remote);
        } catch (RuntimeException e) {
            LOG.error("internal error answering {} {}", printableMethod(method), printablePath(path, query), e);
            reply = BootReply.error(500, "internal error; see the management server log");
        }
        Runnable send = sender(response, reply, started, remote, method, path, query);
        long hold = reply.holdFrom(System.nanoTime());
        if (hold <= 0) {
            send.run();
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        scheduler.schedule(() -> {
            try {
                send.run();
            } finally {
                async.complete();
            }
        }, hold, TimeUnit.NANOSECONDS);
    }

    private Runnable sender(HttpServletResponse response, BootReply reply, long started, String remote, String method,
            String path, String query) {
        return () -> {
            byte[] body = reply.bodyBytes();
            boolean head = "HEAD".equals(method);
            try {
                response.setStatus(reply.status());
                response.setContentType(reply.contentType());
                response.setHeader("Cache-Control", "no-store");
                if (reply.status() == 405) {
                    response.setHeader("Allow", allowed(path));
                    if ("CONNECT".equals(method)) {
                        response.setHeader("Connection", "close"); // no tunnel: the connection ends here
                    }
                }
                response.setContentLength(body.length);
                if (!head) {
                    response.getOutputStream().write(body);
                }
            } catch (IOException e) {
                // the client left before the answer was sent; what was decided (a callback persisted) is logged below
                LOG.debug("answer to {} not delivered: {}", remote, e.getMessage());
            } finally {
                accessLog.request(remote, printableMethod(method), printablePath(path, query), reply.status(),
                        head ? 0 : body.length, (System.nanoTime() - started) / 1000);
            }
        };
    }

    /** Requests Jetty answered itself, before the routes (a bad request line or header): logged all the same. */
    private void logUnrouted(Request request, Response response) {
        if (request.isHandled() && request.getAttribute(ANSWERED_BY_JETTY) == null) {
            return; // the routes answered and logged it
        }
        String method = request.getMethod();
        String path = request.getRequestURI();
        long millis = request.getTimeStamp() > 0 ? System.currentTimeMillis() - request.getTimeStamp() : 0;
        accessLog.request(remoteOf(request.getRemoteInetSocketAddress()), method == null ? "-" : printableMethod(method),
                printablePath(path, request.getQueryString()), response.getCommittedMetaData() == null
                        ? response.getStatus() : response.getCommittedMetaData().getStatus(),
                (int) response.getHttpChannel().getBytesWritten(), millis * 1000);
    }

    /** What Jetty answers itself is plain text, as everything else the boot service says (iPXE prints it). */
    private static final class PlainTextErrors extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, BootReply.TEXT));
            return ByteBuffer.wrap(text(status, reason));
        }

        @Override
        protected void generateAcceptableResponse(Request base, HttpServletRequest request, HttpServletResponse response,
                int code, String message) throws IOException {
            base.setHandled(true);
            base.setAttribute(ANSWERED_BY_JETTY, Boolean.TRUE);
            response.setContentType(BootReply.TEXT);
            byte[] body = text(code, message);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        private static byte[] text(int status, String reason) {
            // Jetty's reason may quote the request: shown as printable text; without one, the status's standard name
            String why = reason == null ? HttpStatus.getMessage(status) : Printable.of(reason);
            return ("netboot6: " + status + " " + why + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private BootReply route(String method, String path, String rawQuery, String remote) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return BootReply.error(405, "only GET is served here (and HEAD for boot.ipxe and loaders/)");
        }
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
                query = query(rawQuery);
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

    /** The methods a path is served with, for a 405's Allow header. */
    private static String allowed(String path) {
        String rest = path == null || !path.startsWith(ROOT) ? "" : path.substring(ROOT.length());
        return rest.equals("boot.ipxe") || rest.startsWith("loaders/") ? "GET, HEAD" : "GET";
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
            if (pair.isEmpty()) {
                continue; // "?&mac=..&&uuid=": nothing between two separators is no parameter
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            String k = decoded(key);
            String v = decoded(value);
            if (params.putIfAbsent(k, v) != null) {
                throw new IllegalArgumentException("parameter " + Printable.of(k) + " is given more than once");
            }
        }
        return params;
    }

    /** A query parameter's text; a malformed %-escape is kept raw so the value fails validation with a clear message. */
    private static String decoded(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw; // iPXE's MAC and UUID: nothing to decode
        }
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String remoteOf(InetSocketAddress a) {
        if (a == null || a.getAddress() == null) {
            return "?";
        }
        byte[] raw = a.getAddress().getAddress();
        return raw.length == 16 ? Ipv6Address.of(raw).toString() : a.getAddress().getHostAddress();
    }

    /** {@link Printable#of} shortens longer text. */
    private static final int PRINTABLE_MAX = 80;
    private static final java.util.regex.Pattern TOKEN_IN_PATH =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{6})[A-Za-z0-9_-]{37,}");

    /** The request method as sent, which may be anything: escaped unless it is a plain word. */
    static String printableMethod(String method) {
        if ("GET".equals(method)) {
            return method;
        }
        boolean word = method.length() <= 16;
        for (int i = 0; i < method.length() && word; i++) {
            word = method.charAt(i) >= 'A' && method.charAt(i) <= 'Z';
        }
        if (word) {
            return method;
        }
        String quoted = Printable.of(method);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Request paths carry tokens: the log shows their first six characters only. */
    static String printablePath(String rawPath, String rawQuery) {
        if (rawPath == null) {
            return "-";
        }
        String p = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
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
        String quoted = Printable.of(tokenLike ? TOKEN_IN_PATH.matcher(p).replaceAll("$1...") : p);
        return quoted.substring(1, quoted.length() - 1);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the boot HTTP service on {} did not stop cleanly: {}", address(), e.getMessage());
        }
    }
}
