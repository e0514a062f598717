package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netboot6.render.install.InstallFixtures;

/** The key blob is parsed as the SSH wire format: each type's fields, nothing missing, nothing after them. */
class SshKeyBlobTest {
    /** Made by ssh-keygen (-t rsa -b 1024, -t ecdsa -b 256/384/521). */
    private static final String[] REAL = {
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCVSetswCVTaRiSUcLq2vN2IWNBUPKMpmF8AkC+Xa+aT3DbtvaAQbHYKxcnjOTsL8kkDBezfZc8"
            + "oVCekLErtEspYp5teTfzLI4skk/+3vL+3EBD0Rz91zLAzroEVUx/UK7ovAJGwoEv6NwfHp34C/HV+e1hlFXKtMMgAP3DFSjXOQ== ops@example",
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBLcZUDo5P5NEUxCwjPfOxpRAePxf1saAIdnE41kTEV"
            + "zwCyIraZ+f//w+GDb5lS05oQMADgQUiFDiWx2XYClzYHI=",
        "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBIH/yx7vdW/enE10F+Ts06oEOYuRQolZKtRY3DOnzw"
            + "hmyQjH8dh8w+foGognX3fnEuugxy0rZSxFx99LF/CYojL566OdWet6IRtVI5IUE9gT/1H1r+jO7m3mPFvMG7VU5g==",
        "ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAFcoilCP/p3gOCJaqHqA0GwrhmsIwYUYlL7Fv7Dem"
            + "Ea697zm96v9IntYDvmOLKljZiPg9B6DRwN6dNdvYnEFpdkRQGFgw5UzGBQjp2c0s+C2SiXGHY4g6IFpuHlW7REOl7Aoj5hA8VCZAQLpjK15Bgg"
            + "yMhTys798eg1mxEMgvllCpHVEQ== ops@example",
        InstallFixtures.KEY,
    };

    /** The RFC 4251 encoding of the fields: a String or byte[] is a string, an Integer a bare uint32. */
    private static String blob(Object... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object f : fields) {
            byte[] bytes = f instanceof String ? ((String) f).getBytes(StandardCharsets.US_ASCII)
                    : f instanceof byte[] ? (byte[]) f : null;
            if (bytes == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt((Integer) f).array());
            } else {
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static byte[] bytes(int n, int first) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 7);
        b[0] = (byte) first;
        return b;
    }

    private static void refused(String type, String blob) {
        assertThatThrownBy(() -> SshPublicKey.parse("sshKeys[0]", type + " " + blob)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("sshKeys[0] has a key blob that is not base64 of a whole " + type + " key");
    }

    @Test
    void keysSshKeygenMakesAreAccepted() {
        for (String key : REAL) {
            assertThat(SshPublicKey.parse("sshKeys[0]", key).line()).isEqualTo(key);
        }
        SshPublicKey.parse("k", "sk-ssh-ed25519@openssh.com " + blob("sk-ssh-ed25519@openssh.com", bytes(32, 1), "ssh:"));
        SshPublicKey.parse("k", "sk-ecdsa-sha2-nistp256@openssh.com "
                + blob("sk-ecdsa-sha2-nistp256@openssh.com", "nistp256", bytes(65, 4), "ssh:"));
    }

    @Test
    void aBlobWithOnlyItsTypeIsRefused() {
        refused("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5");
        refused("ssh-rsa", blob("ssh-rsa"));
        refused("ecdsa-sha2-nistp256", blob("ecdsa-sha2-nistp256"));
        refused("sk-ssh-ed25519@openssh.com", blob("sk-ssh-ed25519@openssh.com"));
    }

    @Test
    void eachTypeNeedsItsFieldsWhole() {
        refused("ssh-ed25519", blob("ssh-ed25519", bytes(31, 1)));
        refused("ssh-ed25519", blob("ssh-ed25519", bytes(32, 1), "extra"));
        refused("ssh-ed25519", blob("ssh-ed25519", 64)); // a length with no bytes behind it
        refused("ssh-rsa", blob("ssh-rsa", new byte[] {1, 0, 1}));
        refused("ssh-rsa", blob("ssh-rsa", new byte[] {1, 0, 1}, bytes(64, 0x40))); // 512-bit modulus
        refused("ssh-rsa", blob("ssh-rsa", new byte[] {0, 1, 0, 1}, bytes(129, 0x40))); // padded mpint
        refused("ssh-rsa", blob("ssh-rsa", new byte[] {2}, bytes(129, 0x40))); // even exponent
        refused("ecdsa-sha2-nistp256", blob("ecdsa-sha2-nistp256", "nistp384", bytes(97, 4)));
        refused("ecdsa-sha2-nistp256", blob("ecdsa-sha2-nistp256", "nistp256", bytes(33, 2))); // compressed point
        refused("ecdsa-sha2-nistp521", blob("ecdsa-sha2-nistp521", "nistp521", bytes(133, 4), bytes(1, 0)));
        refused("sk-ssh-ed25519@openssh.com", blob("sk-ssh-ed25519@openssh.com", bytes(32, 1)));
        refused("sk-ecdsa-sha2-nistp256@openssh.com", blob("sk-ecdsa-sha2-nistp256@openssh.com", "nistp256", bytes(65, 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh-rsa", "ecdsa-sha2-nistp384", "sk-ssh-ed25519@openssh.com"})
    void anEd25519BlobUnderAnotherTypeIsRefused(String type) {
        refused(type, InstallFixtures.KEY.split(" ")[1]);
    }
}
