package org.netboot6.render.hostnet;

import java.util.ArrayList;
import java.util.List;

import org.netboot6.identity.Duid;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;

/**
 * Files every installed system gets, whatever its network stack: udev link files that name each port by its
 * permanent MAC (so names survive PCIe renumbering and bonding), and a sysctl file that turns off IPv6 privacy
 * addresses (FR-06: CloudStack tracks the host by its stable address).
 */
public final class StableIdentityFiles {
    static final String HEADER = "# netboot6: rendered for this host from CloudStack; a reinstall overwrites it\n";

    private StableIdentityFiles() {
    }

    /** One {@code .link} file per port: {@code [Match] PermanentMACAddress=} to {@code [Link] Name=nb6pN}. */
    public static List<RenderedFile> linkFiles(HostLink link) {
        List<RenderedFile> files = new ArrayList<>();
        for (int i = 0; i < link.ports().size(); i++) {
            String name = link.portName(i);
            files.add(new RenderedFile("/etc/systemd/network/10-netboot6-" + name + ".link", "0644", HEADER
                    + "[Match]\n"
                    + "PermanentMACAddress=" + link.ports().get(i) + "\n"
                    + "\n"
                    + "[Link]\n"
                    + "Name=" + name + "\n"));
        }
        return files;
    }

    public static RenderedFile noPrivacyAddresses() {
        return new RenderedFile("/etc/sysctl.d/60-netboot6-ipv6.conf", "0644", HEADER
                + "# stable addresses only: no RFC 4941 temporary (privacy) addresses\n"
                + "net.ipv6.conf.all.use_tempaddr = 0\n"
                + "net.ipv6.conf.default.use_tempaddr = 0\n");
    }

    /**
     * The DHCPv6 client identifier the installed system always sends (FR-02, FR-06): DUID-LL from the primary
     * port's permanent MAC, colon-separated hex.
     */
    static String duid(HostNetwork net) {
        return Duid.ll(net.link().primary()).toString();
    }

    static List<RenderedFile> common(HostNetwork net) {
        List<RenderedFile> files = new ArrayList<>(linkFiles(net.link()));
        files.add(noPrivacyAddresses());
        return files;
    }
}
