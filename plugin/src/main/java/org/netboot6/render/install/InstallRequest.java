package org.netboot6.render.install;

import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.HostNetwork;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.BootNetworkValidator;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.Token;

/** Everything one host's install is rendered from; checked for consistency on construction. */
public final class InstallRequest {
    private final BootHost host;
    private final Mac bootMac;
    private final HostNetwork network;
    private final InstallProfile profile;
    private final InstallUrls urls;

    /** A request for a host that boots from its primary MAC. */
    public InstallRequest(BootNetwork bootNetwork, BootHost host, HostNetwork network, InstallProfile profile,
            Token token) {
        this(bootNetwork, host, host == null ? null : host.mac(), network, profile, token);
    }

    /**
     * @param bootMac the MAC iPXE reported ({@code /host?mac=}): the NIC the installer must use, which for a bond
     *                may be any port
     */
    public InstallRequest(BootNetwork bootNetwork, BootHost host, Mac bootMac, HostNetwork network,
            InstallProfile profile, Token token) {
        if (bootMac == null) {
            throw new InvalidValueException("mac", "is missing");
        }
        if (bootNetwork == null || host == null || network == null || profile == null || token == null) {
            throw new InvalidValueException(bootNetwork == null ? "network" : host == null ? "host"
                    : network == null ? "hostNetwork" : profile == null ? "profile" : "token", "is missing");
        }
        if (!network.hostname().equals(host.hostname())) {
            throw new InvalidValueException("hostNetwork.hostname", "is " + network.hostname() + " but the host is "
                    + host.hostname());
        }
        if (!network.link().ports().contains(bootMac)) {
            throw new InvalidValueException("hostNetwork.link", "does not include the MAC the host boots from ("
                    + bootMac + "): " + network.link().ports());
        }
        BootNetworkValidator.installable(bootNetwork, profile);
        if (network.addressing() != profile.addressing()) {
            throw new InvalidValueException("hostNetwork.addressing", "is " + network.addressing()
                    + " but profile " + profile.name() + " says " + profile.addressing());
        }
        this.host = host;
        this.bootMac = bootMac;
        this.network = network;
        this.profile = profile;
        this.urls = new InstallUrls(bootNetwork.bootBaseUrl(), token);
    }

    public BootHost host() {
        return host;
    }

    /** The NIC the host network-booted from, which the installer uses. */
    public Mac bootMac() {
        return bootMac;
    }

    public HostNetwork network() {
        return network;
    }

    public InstallProfile profile() {
        return profile;
    }

    public InstallUrls urls() {
        return urls;
    }

    /** host.domain, or host alone when the boot network has no search domain. */
    public String fqdn() {
        return network.domain().map(d -> network.hostname() + "." + d).orElse(network.hostname().toString());
    }
}
