package org.netboot6.preflight;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.encryption.pbe.config.SimpleStringPBEConfig;

/**
 * Decrypts the {@code ENC(...)} values of CloudStack's db.properties the way CloudStack's
 * {@code CloudStackEncryptor} does: V2 first (Tink's {@code AesGcmJce} keyed with SHA-256 of the secret:
 * base64 of a 12-byte IV, the ciphertext and a 16-byte tag, no associated data), then V1 (jasypt
 * {@code PBEWithMD5AndDES}).
 */
public final class CloudStackSecrets {
    private static final int GCM_IV_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;

    /** Which encryptor opened a value. */
    public enum Version { V1, V2 }

    /** A decrypted value and the encryptor that opened it (null for an empty value). */
    public static final class Plain {
        public final String value;
        public final Version version;

        Plain(String value, Version version) {
            this.value = value;
            this.version = version;
        }
    }

    private CloudStackSecrets() {
    }

    /**
     * Tries V2, then V1, as CloudStack's decryptor does before a first value has fixed its version.
     * @return the plain text, or null when neither opens the value with this secret; an empty value is returned
     *         as it is, with no version (CloudStack does not decrypt it either)
     */
    public static Plain decrypt(String encrypted, String secret) {
        if (encrypted.isEmpty()) {
            return new Plain("", null);
        }
        String v2 = decryptV2(encrypted, secret);
        if (v2 != null) {
            return new Plain(v2, Version.V2);
        }
        String v1 = decryptV1(encrypted, secret);
        return v1 == null ? null : new Plain(v1, Version.V1);
    }

    static String decryptV2(String encrypted, String secret) {
        byte[] data;
        try {
            data = Base64.getDecoder().decode(encrypted.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (data.length < GCM_IV_BYTES + GCM_TAG_BITS / 8) {
            return null;
        }
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(GCM_TAG_BITS, Arrays.copyOfRange(data, 0, GCM_IV_BYTES)));
            byte[] plain = c.doFinal(data, GCM_IV_BYTES, data.length - GCM_IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    static String decryptV1(String encrypted, String secret) {
        try {
            return v1(secret).decrypt(encrypted.trim());
        } catch (RuntimeException e) {
            // jasypt throws EncryptionOperationNotPossibleException for a wrong key or a malformed value
            return null;
        }
    }

    /** V1 encryption, the way CloudStack's LegacyBase64Encryptor does it; for tests and tools. */
    public static String encryptV1(String plain, String secret) {
        return v1(secret).encrypt(plain);
    }

    private static StandardPBEStringEncryptor v1(String secret) {
        StandardPBEStringEncryptor e = new StandardPBEStringEncryptor();
        e.setAlgorithm("PBEWithMD5AndDES");
        e.setPassword(secret);
        e.setConfig(new SimpleStringPBEConfig());
        return e;
    }
}
