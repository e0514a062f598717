package org.netboot6.preflight;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CloudStack's /etc/cloudstack/management/db.properties, read-only. */
public final class DbProperties {
    private static final Pattern ENC = Pattern.compile("^ENC\\((.*)\\)$", Pattern.DOTALL);

    private final Path path;
    private final Properties props;

    private DbProperties(Path path, Properties props) {
        this.path = path;
        this.props = props;
    }

    /** @throws IOException when the file is missing or unreadable */
    public static DbProperties load(Path path) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return new DbProperties(path, p);
    }

    public Path path() {
        return path;
    }

    /** Trimmed value or null when absent. */
    public String get(String key) {
        String v = props.getProperty(key);
        return v == null ? null : v.trim();
    }

    public boolean isEncrypted(String key) {
        String v = get(key);
        return v != null && ENC.matcher(v).matches();
    }

    /** The text inside ENC(...), or null when the value is not encrypted. */
    public String encryptedPart(String key) {
        String v = get(key);
        if (v == null) {
            return null;
        }
        Matcher m = ENC.matcher(v);
        return m.matches() ? m.group(1) : null;
    }

    /** Keys whose values are ENC(...), sorted. */
    public List<String> encryptedKeys() {
        List<String> keys = new ArrayList<>();
        for (String k : props.stringPropertyNames()) {
            if (isEncrypted(k)) {
                keys.add(k);
            }
        }
        Collections.sort(keys);
        return keys;
    }

    /** {@code none}, {@code file}, {@code env} or {@code web}; CloudStack's default is none. */
    public String encryptionType() {
        String t = get("db.cloud.encryption.type");
        return t == null || t.isEmpty() ? "none" : t.toLowerCase(Locale.ROOT);
    }

    public String encryptorVersion() {
        return get("db.cloud.encryptor.version");
    }

    /** db.cloud.driver, CloudStack's name of the JDBC URL scheme ({@code jdbc:mysql}). */
    public String driverScheme() {
        String d = get("db.cloud.driver");
        return d == null || d.isEmpty() ? "jdbc:mysql" : d;
    }

    /** The URL CloudStack builds for the cloud database (db.cloud.uri wins when set). */
    public String cloudUrl() {
        String uri = get("db.cloud.uri");
        if (uri != null && !uri.isEmpty()) {
            return uri.startsWith("jdbc:") ? uri : driverScheme() + "://" + uri;
        }
        String params = get("db.cloud.url.params");
        return driverScheme() + "://" + hostForUrl(get("db.cloud.host")) + ":" + portOr3306() + "/" + nameOrCloud()
                + (params == null || params.isEmpty() ? "" : "?" + params);
    }

    public String nameOrCloud() {
        String n = get("db.cloud.name");
        return n == null || n.isEmpty() ? "cloud" : n;
    }

    public String portOr3306() {
        String p = get("db.cloud.port");
        return p == null || p.isEmpty() ? "3306" : p;
    }

    static String hostForUrl(String host) {
        if (host == null || host.isEmpty()) {
            return "localhost";
        }
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
