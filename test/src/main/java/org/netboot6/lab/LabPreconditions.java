package org.netboot6.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the lab needs from the machine; a missing piece is a failure with a clear message, never a skip. */
public final class LabPreconditions {
    private static final String[] BINARIES = {
        "/usr/sbin/radvd", "/usr/sbin/kea-dhcp6", "/usr/sbin/dhcpd", "/usr/sbin/dnsmasq", "/usr/bin/qemu-system-x86_64",
        "/usr/lib/ipxe/ipxe.lkrn", "/usr/lib/ipxe/ipxe.efi", "/usr/share/OVMF/OVMF_CODE_4M.fd",
        "/usr/share/OVMF/OVMF_VARS_4M.fd",
    };

    private LabPreconditions() {
    }

    public static void check() {
        for (String b : BINARIES) {
            if (!Files.exists(Path.of(b))) {
                throw new LabException("the IPv6 netboot lab needs " + b
                        + "; run the README's command, which installs the lab's Debian packages");
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new LabException("the IPv6 netboot lab creates network namespaces and tap devices: run it as root");
        }
        if (!Files.exists(Path.of("/dev/net/tun"))) {
            throw new LabException("the IPv6 netboot lab needs /dev/net/tun for qemu's tap device; this machine has none");
        }
        Commands.Result r = Commands.tryRun("ip", "netns", "add", "nb6lab-probe");
        Commands.tryRun("ip", "netns", "del", "nb6lab-probe");
        if (r.exitCode != 0) {
            throw new LabException("this machine cannot create network namespaces (ip netns add: " + r.output.trim()
                    + "); the IPv6 netboot lab cannot run here");
        }
    }
}
