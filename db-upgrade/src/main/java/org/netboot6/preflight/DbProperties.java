package org.netboot6.preflight;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /**
     * The value as CloudStack reads it (java.util.Properties: leading blanks dropped, trailing ones kept), or null
     * when absent. Never trimmed further: CloudStack does not trim either.
     */
    public String get(String key) {
        return props.getProperty(key);
    }

    /** CloudStack's test for an encrypted value: starts with ENC( and ends with ). */
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
        return keysWhere(this::isEncrypted);
    }

    /** Keys whose values start with ENC( but that CloudStack will not decrypt (no closing parenthesis at the very end). */
    public List<String> malformedEncryptedKeys() {
        return keysWhere(k -> get(k).startsWith("ENC(") && !isEncrypted(k));
    }

    private List<String> keysWhere(java.util.function.Predicate<String> test) {
        List<String> keys = new ArrayList<>();
        for (String k : props.stringPropertyNames()) {
            if (test.test(k)) {
                keys.add(k);
            }
        }
        Collections.sort(keys);
        return keys;
    }

    /** db.cloud.encryption.type as written (CloudStack compares it case-sensitively); null when absent. */
    public String encryptionType() {
        return get("db.cloud.encryption.type");
    }

    public String encryptorVersion() {
        return get("db.cloud.encryptor.version");
    }
}
