package org.netboot6.preflight.checks;

import java.util.ArrayList;
import java.util.List;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.CloudStackSecrets;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.DbProperties;
import org.netboot6.preflight.Finding;

/** db.properties is readable, has what CloudStack needs, and every ENC(...) value opens with the configured secret. */
public final class DbPropertiesCheck implements Check {
    private static final List<String> REQUIRED = List.of(
            "db.cloud.host", "db.cloud.username", "db.cloud.password", "db.cloud.name");

    @Override
    public String id() {
        return "db-properties";
    }

    @Override
    public String title() {
        return "CloudStack db.properties readable and decryptable";
    }

    @Override
    public String description() {
        return "Reads db.properties, checks the keys the management server needs, and decrypts every ENC(...)"
                + " value with the key file (CloudStack V2 AES-GCM, then V1 jasypt PBEWithMD5AndDES).";
    }

    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.settings().dbPropertiesPath().toString();
        DbProperties p = ctx.dbProperties();
        if (p == null) {
            out.add(Finding.fail(file, ctx.dbPropertiesProblem(),
                    "neither the management server nor this check can find the database",
                    "restore db.properties from backup or rerun cloudstack-setup-databases"));
            return out;
        }
        boolean hasUri = p.get("db.cloud.uri") != null && !p.get("db.cloud.uri").isEmpty();
        for (String key : REQUIRED) {
            if (p.get(key) == null && !(hasUri && !key.equals("db.cloud.username") && !key.equals("db.cloud.password"))) {
                out.add(Finding.fail(file + ":" + key, file + " has no " + key + " entry",
                        "the management server cannot connect to its database",
                        "restore " + key + " in db.properties or rerun cloudstack-setup-databases"));
            }
        }
        String port = p.get("db.cloud.port");
        if (port != null && !port.matches("\\d{1,5}")) {
            out.add(Finding.fail(file + ":db.cloud.port", "db.cloud.port='" + port + "' is not a port number",
                    "the management server cannot connect to its database", "set db.cloud.port=3306 (or the real port)"));
        }
        if (p.get("db.cloud.driver") == null) {
            out.add(Finding.warn(file + ":db.cloud.driver", file + " has no db.cloud.driver entry",
                    "CloudStack then relies on a driver it did not load by name (the cause of 'No suitable driver found"
                            + " for jdbc:mysql' in the past)",
                    "add db.cloud.driver=jdbc:mysql"));
        }
        out.addAll(checkEncrypted(ctx, p, file));
        if (out.isEmpty()) {
            out.add(Finding.ok(file, file + " is readable and complete"
                    + (p.encryptedKeys().isEmpty() ? "; no encrypted values" : "")));
        }
        return out;
    }

    private static List<Finding> checkEncrypted(Context ctx, DbProperties p, String file) {
        List<Finding> out = new ArrayList<>();
        List<String> keys = p.encryptedKeys();
        if (keys.isEmpty()) {
            return out;
        }
        Context.Secret s = ctx.secret();
        if (s.value == null) {
            if (s.unverifiable) {
                out.add(Finding.warn(file, "cannot verify the encrypted values " + String.join(", ", keys) + ": " + s.problem,
                        "a wrong secret would only show when the management server starts", s.remedy));
            } else {
                out.add(Finding.fail(file, String.join(", ", keys) + " are encrypted but " + s.problem,
                        "the management server cannot decrypt its database password and will not start",
                        "restore the key file (" + ctx.settings().keyFilePath() + ", mode 0640, group cloud) or fix"
                                + " db.cloud.encryption.type"));
            }
            return out;
        }
        String pinned = p.encryptorVersion();
        List<String> opened = new ArrayList<>();
        for (String key : keys) {
            CloudStackSecrets.Plain plain;
            try {
                plain = CloudStackSecrets.decrypt(p.encryptedPart(key), s.value, pinned);
            } catch (IllegalArgumentException e) {
                out.add(Finding.fail(file + ":db.cloud.encryptor.version", "db.cloud.encryptor.version: " + e.getMessage(),
                        "the management server refuses to start", "set db.cloud.encryptor.version to V2, V1 or nothing"));
                return out;
            }
            if (plain == null) {
                out.add(Finding.fail(file + ":" + key, key + " does not decrypt with the secret from "
                                + ("env".equals(p.encryptionType()) ? "CLOUD_SECRET_KEY" : ctx.settings().keyFilePath())
                                + (pinned == null || pinned.isEmpty() ? " (tried V2 AES-GCM and V1 jasypt)" : " (encryptor " + pinned + ")"),
                        "the management server cannot read its database settings and will not start",
                        "restore the key that encrypted it, or re-encrypt with cloudstack-migrate-databases"));
            } else {
                opened.add(key + " (" + plain.version + ")");
            }
        }
        if (out.isEmpty()) {
            out.add(Finding.ok(file, "all encrypted values decrypt: " + String.join(", ", opened)));
        }
        return out;
    }
}
