package org.netboot6.render.ipxe;

import org.netboot6.model.BootHost;
import org.netboot6.model.Mac;
import org.netboot6.model.Token;
import org.netboot6.render.install.InstallRequest;
import org.netboot6.render.install.KernelCommandLine;

/**
 * The iPXE scripts of the boot chain. Every value put into a script is a validated value type (MAC, host name,
 * address) or a token of URL-safe characters, so nothing can add an iPXE command or a ${} expansion.
 */
public final class IpxeScriptRenderer {

    /**
     * The script DHCPv6 option 59 points every iPXE at. It sends the MAC of the NIC iPXE booted from
     * ({@code netX}) and the SMBIOS UUID; the answer is that host's own script.
     */
    public String generic(String bootBaseUrl) {
        return "#!ipxe\n"
                + "echo netboot6: asking for the boot script of ${netX/mac}\n"
                + "chain --autofree " + bootBaseUrl + "/host?mac=${netX/mac:hexhyp}&uuid=${uuid} || goto unreachable\n"
                + "exit\n"
                + ":unreachable\n"
                + "echo netboot6: the boot service did not answer; booting from local disk\n"
                + "exit\n";
    }

    /**
     * A probe: proves the whole IPv6 boot chain (RA, DHCPv6, iPXE, HTTP) works for this host and reports back
     * through its one-time token, then boots from local disk.
     */
    public String probe(BootHost host, String bootBaseUrl, Token token) {
        return "#!ipxe\n"
                + "echo netboot6: probe of " + host.hostname() + " (" + host.mac() + ")\n"
                + "chain --autofree " + bootBaseUrl + "/done/" + token.value() + "\n";
    }

    /** The host is known but nothing is armed for it. */
    public String localBoot(BootHost host) {
        return "#!ipxe\n"
                + "echo netboot6: " + host.hostname() + " (" + host.mac() + ") is " + host.state()
                + " with nothing armed; booting from local disk\n"
                + "exit\n";
    }

    /** No host has this MAC: say so on the console and let the firmware try its next boot device. */
    public String unknownHost(Mac mac) {
        return "#!ipxe\n"
                + "echo netboot6: no host is registered with MAC " + mac + "; booting from local disk\n"
                + "exit\n";
    }

    /** The answer to a token callback; also harmless for installers that fetch it with wget. */
    public String done(BootHost host) {
        return "#!ipxe\n"
                + "echo netboot6: " + host.hostname() + " (" + host.mac() + ") reported done\n"
                + "exit\n";
    }

    /**
     * Loads the installer of the host's profile with that host's kernel command line (which carries its token).
     * The initrd is named so EFI-stub kernels find it through {@code initrd=initrd}; on any failure the host boots
     * from disk instead of retrying forever.
     */
    public String install(InstallRequest request) {
        BootHost host = request.host();
        return "#!ipxe\n"
                + "echo netboot6: installing " + request.profile().release() + " on " + host.hostname() + " (" + request.bootMac()
                + ")\n"
                + "kernel " + request.profile().kernelUrl() + " initrd=initrd " + KernelCommandLine.of(request)
                + " || goto failed\n"
                + "initrd --name initrd " + request.profile().initrdUrl() + " || goto failed\n"
                + "boot || goto failed\n"
                + ":failed\n"
                + "echo netboot6: could not load the installer of " + host.hostname() + "; booting from local disk\n"
                + "exit\n";
    }
}
