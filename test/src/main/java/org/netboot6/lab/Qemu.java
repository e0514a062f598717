package org.netboot6.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/** qemu command lines for the lab's guests: TCG only (KVM here cannot run firmware guests), serial console. */
final class Qemu {
    private static final String OVMF_CODE = "/usr/share/OVMF/OVMF_CODE_4M.fd";
    private static final String OVMF_VARS = "/usr/share/OVMF/OVMF_VARS_4M.fd";

    private Qemu() {
    }

    static Daemon boot(LabNetwork net, Firmware firmware, Mac mac, SmbiosUuid uuid, Path serialLog) {
        List<String> cmd = new ArrayList<>(Commands.netnsCommand(net.netns(), "qemu-system-x86_64",
                "-accel", "tcg", "-smp", "1", "-nodefaults", "-nographic", "-monitor", "none", "-serial", "stdio",
                "-no-reboot", "-uuid", uuid.toString(),
                "-netdev", "tap,id=n0,ifname=" + LabNetwork.TAP + ",script=no,downscript=no",
            // empty romfile: no NIC option ROM, so the firmware's own network stack (or ipxe.lkrn) boots
                "-device", "virtio-net-pci,netdev=n0,mac=" + mac + ",romfile="));
        // 1 GiB for every guest: enough for debian-installer; qemu allocates guest memory lazily
        if (firmware == Firmware.BIOS_IPXE) {
            cmd.addAll(List.of("-m", "1024", "-kernel", "/usr/lib/ipxe/ipxe.lkrn", "-initrd", ipv6OnlyScript(net).toString()));
        } else {
            Path vars = net.dir().resolve("run/ovmf-vars-" + mac.hyphenated() + ".fd");
            try {
                Files.copy(Path.of(OVMF_VARS), vars, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new LabException("cannot copy OVMF variables: " + e.getMessage(), e);
            }
            cmd.addAll(List.of("-m", "1024",
                    "-drive", "if=pflash,format=raw,readonly=on,file=" + OVMF_CODE,
                    "-drive", "if=pflash,format=raw,file=" + vars,
                    "-fw_cfg", "name=opt/org.tianocore/IPv4PXESupport,string=n"));
        }
        return Daemon.start("qemu " + firmware.label(), cmd, Map.of(), serialLog);
    }

    /**
     * ipxe.lkrn's embedded script stands in for a NIC's iPXE ROM: configure IPv6 only (plain autoboot would first
     * wait ~15 s for DHCPv4, which this network never answers) and chain the DHCPv6 boot-file URL.
     */
    private static Path ipv6OnlyScript(LabNetwork net) {
        Path script = net.dir().resolve("conf/ipv6only.ipxe");
        try {
            Files.writeString(script, "#!ipxe\nifconf --configurator ipv6 net0\nchain ${filename}\n");
        } catch (IOException e) {
            throw new LabException("cannot write " + script + ": " + e.getMessage(), e);
        }
        return script;
    }
}
