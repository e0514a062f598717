package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.google.crypto.tink.subtle.AesGcmJce;

public class CloudStackSecretsTest {
    /** What CloudStack's AeadBase64Encryptor does, with the real Tink class it uses. */
    public static String encryptV2WithTink(String plain, String secret) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        byte[] ct = new AesGcmJce(key).encrypt(plain.getBytes(StandardCharsets.UTF_8), new byte[0]);
        return Base64.getEncoder().encodeToString(ct);
    }

    @Test
    void v2ValueFromTinkDecryptsWithTheRightKeyOnly() throws Exception {
        String enc = encryptV2WithTink("s3cret-Ünïcode", "management-key");
        CloudStackSecrets.Plain p = CloudStackSecrets.decrypt(enc, "management-key");
        assertThat(p).isNotNull();
        assertThat(p.value).isEqualTo("s3cret-Ünïcode");
        assertThat(p.version).isEqualTo(CloudStackSecrets.Version.V2);
        assertThat(CloudStackSecrets.decrypt(enc, "other-key")).isNull();
    }

    @Test
    void v1JasyptValueDecrypts() {
        String enc = CloudStackSecrets.encryptV1("cloudpw", "k1");
        CloudStackSecrets.Plain p = CloudStackSecrets.decrypt(enc, "k1");
        assertThat(p.value).isEqualTo("cloudpw");
        assertThat(p.version).isEqualTo(CloudStackSecrets.Version.V1);
        assertThat(CloudStackSecrets.decrypt(enc, "wrong")).isNull();
    }

    @Test
    void garbageAndEmptyValues() {
        assertThat(CloudStackSecrets.decrypt("not base64 !!", "k")).isNull();
        assertThat(CloudStackSecrets.decrypt("AAAA", "k")).isNull();
        assertThat(CloudStackSecrets.decrypt("", "k").version).isNull();
    }
}
