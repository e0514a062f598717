package org.netboot6.preflight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where CloudStack's TransactionLegacy (4.20-4.22) connects for the cloud database, read from db.properties as it
 * reads it: db.cloud.uri, when not empty, is used as written and its first two ':'-separated fields name the
 * driver; otherwise it builds {@code driver://host:port/name?autoReconnect=...&url.params}. When it cannot parse
 * the port or load the driver it does not stop: it falls back to jdbc:mysql://localhost:3306/cloud as cloud/cloud.
 */
public final class CloudDbTarget {
    /** A db.properties entry CloudStack cannot work with. */
    public static final class Problem {
        public final String key;
        public final String fact;
        public final String consequence;
        public final String fix;

        Problem(String key, String fact, String consequence, String fix) {
            this.key = key;
            this.fact = fact;
            this.consequence = consequence;
            this.fix = fix;
        }
    }

    static final String FALLBACK = "the management server silently falls back to localhost:3306/cloud as cloud/cloud"
            + " (TransactionLegacy's default) instead of its database";
    private static final Pattern URI = Pattern.compile("^(jdbc:[A-Za-z0-9]+)(?::([A-Za-z]+))?://([^?]*)(\\?.*)?$");
    /** URL modes both CloudStack's Connector/J and the preflight's MariaDB Connector/J understand. */
    private static final Set<String> FOLLOWED_MODES = Set.of("loadbalance", "sequential", "replication");

    private final String scheme;
    private final String cloudStackUrl;
    private final String address;
    private final String ownUrlBase;
    private final String notFollowed;
    private final List<Problem> problems;

    private CloudDbTarget(String scheme, String cloudStackUrl, String address, String ownUrlBase, String notFollowed,
                          List<Problem> problems) {
        this.scheme = scheme;
        this.cloudStackUrl = cloudStackUrl;
        this.address = address;
        this.ownUrlBase = ownUrlBase;
        this.notFollowed = notFollowed;
        this.problems = Collections.unmodifiableList(problems);
    }

    public static CloudDbTarget of(DbProperties p) {
        List<Problem> problems = new ArrayList<>();
        for (String key : List.of("db.cloud.username", "db.cloud.password")) {
            if (p.get(key) == null) {
                problems.add(missing(key, "the management server cannot log in to its database"));
            }
        }
        String uri = p.get("db.cloud.uri");
        if (uri != null && !uri.isEmpty()) {
            return fromUri(uri, problems);
        }
        String driver = p.get("db.cloud.driver");
        if (driver == null) {
            problems.add(missing("db.cloud.driver", FALLBACK));
        }
        String host = p.get("db.cloud.host");
        if (host == null || host.isEmpty()) {
            problems.add(missing("db.cloud.host", "the management server looks for its database on a host named \"" + host + "\""));
        }
        String name = p.get("db.cloud.name");
        if (name == null || name.isEmpty()) {
            problems.add(missing("db.cloud.name", "the management server opens a database named \"" + name + "\""));
        }
        String port = p.get("db.cloud.port");
        if (port == null) {
            problems.add(missing("db.cloud.port", FALLBACK));
        } else if (!port.matches("\\+?\\d{1,9}")) {
            problems.add(new Problem("db.cloud.port", "db.cloud.port='" + port + "' is not a port number", FALLBACK,
                    "set db.cloud.port=3306 (or the real port), digits only"));
        } else if (Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            problems.add(new Problem("db.cloud.port", "db.cloud.port=" + port + " is not a TCP port (1-65535)",
                    "the management server cannot connect to its database", "set db.cloud.port=3306 (or the real port)"));
        }
        String params = p.get("db.cloud.url.params");
        String address = hostForUrl(host) + ":" + port + "/" + name;
        String url = driver + "://" + address + "?autoReconnect=" + Boolean.parseBoolean(p.get("db.cloud.autoReconnect"))
                + (params == null ? "" : "&" + params);
        return new CloudDbTarget(driver, url, address, "jdbc:mariadb://" + address, null, problems);
    }

    private static CloudDbTarget fromUri(String uri, List<Problem> problems) {
        Matcher m = URI.matcher(uri);
        if (!m.matches()) {
            problems.add(new Problem("db.cloud.uri", "db.cloud.uri='" + uri + "' is not jdbc:<driver>://host:port/database",
                    FALLBACK, "write db.cloud.uri as jdbc:mysql://HOST:3306/cloud?... or empty it to use db.cloud.host/port/name"));
            return new CloudDbTarget(null, uri, uri, null, null, problems);
        }
        String mode = m.group(2);
        String address = m.group(3);
        String params = m.group(4) == null ? "" : m.group(4);
        if (mode != null && !FOLLOWED_MODES.contains(mode)) {
            return new CloudDbTarget(m.group(1), uri, address, null, "db.cloud.uri uses the " + m.group(1) + ":" + mode
                    + ": form, which this tool does not follow", problems);
        }
        String own = "jdbc:mariadb:" + (mode == null ? "" : mode + ":") + "//" + address + params;
        return new CloudDbTarget(m.group(1), uri, address, own, null, problems);
    }

    private static Problem missing(String key, String consequence) {
        return new Problem(key, "db.properties has no " + key + " entry", consequence,
                "restore " + key + " in db.properties or rerun cloudstack-setup-databases");
    }

    static String hostForUrl(String host) {
        return host != null && host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** db.cloud.driver, or the driver part of db.cloud.uri ({@code jdbc:mysql}); null when neither names one. */
    public String scheme() {
        return scheme;
    }

    /** The JDBC URL CloudStack connects with. */
    public String cloudStackUrl() {
        return cloudStackUrl;
    }

    /** host:port/database (or the host list and database of db.cloud.uri), for messages. */
    public String address() {
        return address;
    }

    /** Entries CloudStack cannot work with; empty when it connects where db.properties says. */
    public List<Problem> problems() {
        return problems;
    }

    /** Why the preflight's own driver cannot connect the way CloudStack does, or null when it can. */
    public String notFollowed() {
        return notFollowed;
    }

    /** The same database through the preflight's MariaDB driver, with extra parameters appended; null if not followed. */
    public String ownDriverUrl(String extraParams) {
        if (ownUrlBase == null) {
            return null;
        }
        return ownUrlBase + (ownUrlBase.contains("?") ? "&" : "?") + extraParams;
    }
}
