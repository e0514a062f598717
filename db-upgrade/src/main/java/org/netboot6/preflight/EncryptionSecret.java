package org.netboot6.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The secret that opens ENC(...) values, found the way CloudStack's EncryptionSecretKeyChecker finds it for
 * db.cloud.encryption.type: absent or exactly "none" means no encryption; "file" reads the first line of the key
 * file (required even when no value is encrypted); "env" reads CLOUD_SECRET_KEY; "web" waits on port 8097; any
 * other text stops the management server.
 */
public final class EncryptionSecret {
    /** null when none is needed or it cannot be had (see {@link #problem}). */
    public final String value;
    /** why the management server will not get a working secret; null when it will, or when this tool cannot tell */
    public final String problem;
    public final String consequence;
    public final String fix;
    /** true when the secret lives where this tool cannot see it (encryption.type=web, env not set here) */
    public final boolean unverifiable;

    private EncryptionSecret(String value, String problem, String consequence, String fix, boolean unverifiable) {
        this.value = value;
        this.problem = problem;
        this.consequence = consequence;
        this.fix = fix;
        this.unverifiable = unverifiable;
    }

    private static EncryptionSecret found(String value) {
        return new EncryptionSecret(value, null, null, null, false);
    }

    private static EncryptionSecret broken(String problem, String fix) {
        return new EncryptionSecret(null, problem, "the management server will not start", fix, false);
    }

    private static EncryptionSecret outOfSight(String problem, String fix) {
        return new EncryptionSecret(null, problem, "a wrong secret would only show when the management server starts", fix, true);
    }

    public static EncryptionSecret find(DbProperties p, Path keyFile, Map<String, String> env) {
        String type = p.encryptionType();
        List<String> encrypted = p.encryptedKeys();
        if (type == null || type.equals("none")) {
            if (encrypted.isEmpty()) {
                return found(null);
            }
            return new EncryptionSecret(null, String.join(", ", encrypted) + " are ENC(...) but db.cloud.encryption.type is "
                    + (type == null ? "not set" : "none"), "CloudStack uses them as written, ENC( included, and cannot log in",
                    "set db.cloud.encryption.type=file (or env or web, whichever the values were encrypted for)", false);
        }
        switch (type) {
            case "file":
                return fromKeyFile(keyFile);
            case "env":
                String secret = env.get("CLOUD_SECRET_KEY");
                if (secret == null || secret.isEmpty()) {
                    return outOfSight("db.cloud.encryption.type=env but CLOUD_SECRET_KEY is not set in this environment (the"
                            + " management service gets it from its own environment)", "to check, rerun as root with the"
                            + " management service's CLOUD_SECRET_KEY in the environment (the APT hook cannot have it)");
                }
                return found(secret);
            case "web":
                return outOfSight("db.cloud.encryption.type=web: the secret is typed into port 8097 at every"
                                + " management-server start, so this tool cannot see it",
                        "keep the secret at hand: the upgraded management server waits for it on port 8097 as before");
            default:
                return broken("db.cloud.encryption.type='" + type + "' is not none, file, env or web (CloudStack compares"
                                + " it exactly, case and blanks included: \"Invalid encryption type\")",
                        "write db.cloud.encryption.type=file (or none, env, web) with nothing else on the line");
        }
    }

    private static EncryptionSecret fromKeyFile(Path key) {
        String restore = "restore the key file (" + key + ", mode 0640, group cloud) from backup";
        try {
            List<String> lines = Files.readAllLines(key, StandardCharsets.UTF_8);
            // CloudStack reads the first line of the key file
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                return broken("key file " + key + " is empty", restore);
            }
            return found(lines.get(0));
        } catch (java.nio.file.NoSuchFileException e) {
            return broken("key file " + key + " does not exist", restore);
        } catch (java.nio.file.AccessDeniedException e) {
            return new EncryptionSecret(null, "key file " + key + " is not readable by this user",
                    "the encrypted values cannot be checked", "run the check as root", false);
        } catch (IOException e) {
            return broken("cannot read key file " + key + ": " + e.getMessage(), restore);
        }
    }
}
