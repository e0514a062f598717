package org.netboot6.preflight.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.CloudDbTarget;
import org.netboot6.preflight.CloudStackSecrets;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.DbProperties;
import org.netboot6.preflight.EncryptionSecret;
import org.netboot6.preflight.Finding;

/** db.properties is readable, has what CloudStack needs, and every ENC(...) value opens with the configured secret. */
public final class DbPropertiesCheck implements Check {
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
        return "Reads db.properties as CloudStack does (no trimming, exact encryption.type), checks the keys the"
                + " management server cannot do without, and decrypts every ENC(...) value with the configured secret"
                + " (CloudStack V2 AES-GCM, then V1 jasypt PBEWithMD5AndDES; all values must use the same one).";
    }

    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        String file = ctx.settings().dbPropertiesPath().toString();
        DbProperties p = ctx.dbProperties();
        if (p == null) {
            out.add(ctx.dbPropertiesUnreadableHere()
                    ? Finding.fail(file, ctx.dbPropertiesProblem(), "nothing about the database can be checked", "run the check as root")
                    : Finding.fail(file, ctx.dbPropertiesProblem(), "neither the management server nor this check can find the database",
                            "restore db.properties from backup or rerun cloudstack-setup-databases"));
            return out;
        }
        for (CloudDbTarget.Problem problem : ctx.dbTarget().problems()) {
            out.add(Finding.fail(file + ":" + problem.key, problem.fact, problem.consequence, problem.fix));
        }
        for (String key : p.malformedEncryptedKeys()) {
            out.add(Finding.fail(file + ":" + key, key + " starts with ENC( but does not end with ')' (a blank or text after it,"
                            + " or a cut value)", "CloudStack does not decrypt it and uses the text as written",
                    "end the value with the closing parenthesis, or restore it from backup"));
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
        EncryptionSecret s = ctx.secret();
        if (s.unverifiable) {
            if (!keys.isEmpty()) {
                out.add(Finding.warn(file, "cannot verify the encrypted values " + String.join(", ", keys) + ": " + s.problem,
                        s.consequence, s.fix));
            }
            return out;
        }
        if (s.problem != null) {
            out.add(Finding.fail(file, s.problem, s.consequence, s.fix));
            return out;
        }
        if (keys.isEmpty()) {
            return out;
        }
        String pinned = p.encryptorVersion();
        if (pinned != null && !pinned.isEmpty() && !pinned.equalsIgnoreCase("V1") && !pinned.equalsIgnoreCase("V2")) {
            out.add(Finding.warn(file + ":db.cloud.encryptor.version", "db.cloud.encryptor.version='" + pinned
                            + "' is not V1 or V2", "the management server does not use it (it tries V2, then V1), but tools"
                            + " that read it may refuse it", "set db.cloud.encryptor.version to V2 or V1, or remove it"));
        }
        Map<CloudStackSecrets.Version, List<String>> byVersion = new LinkedHashMap<>();
        List<String> opened = new ArrayList<>();
        for (String key : keys) {
            CloudStackSecrets.Plain plain = CloudStackSecrets.decrypt(p.encryptedPart(key), s.value);
            if (plain == null) {
                out.add(Finding.fail(file + ":" + key, key + " does not decrypt with the secret from "
                                + ("env".equals(p.encryptionType()) ? "CLOUD_SECRET_KEY" : ctx.settings().keyFilePath())
                                + " (tried V2 AES-GCM and V1 jasypt)",
                        "the management server cannot read its database settings and will not start",
                        "restore the key that encrypted it, or re-encrypt with cloudstack-migrate-databases"));
            } else if (plain.version == null) {
                opened.add(key + " (ENC() is empty: CloudStack uses an empty value)");
            } else {
                byVersion.computeIfAbsent(plain.version, v -> new ArrayList<>()).add(key);
                opened.add(key + " (" + plain.version + ")");
            }
        }
        if (byVersion.size() > 1) {
            out.add(Finding.fail(file, "the encrypted values use both V1 (" + String.join(", ", byVersion.get(CloudStackSecrets.Version.V1))
                            + ") and V2 (" + String.join(", ", byVersion.get(CloudStackSecrets.Version.V2)) + ")",
                    "CloudStack decrypts them all with one decryptor that keeps the version that opened the first value, so"
                            + " the others fail and the management server will not start",
                    "re-encrypt every value with one version (cloudstack-migrate-databases)"));
        }
        if (out.isEmpty()) {
            out.add(Finding.ok(file, "all encrypted values decrypt: " + String.join(", ", opened)));
        }
        return out;
    }
}
