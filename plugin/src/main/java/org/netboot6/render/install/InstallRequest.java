package org.netboot6.render.install;

import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.HostNetwork;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Token;

/** Everything one host's install is rendered from; checked for consistency on construction. */
public final class InstallRequest {
    private final BootHost host;
    private final HostNetwork network;
    private final InstallProfile profile;
    private final InstallUrls urls;

    public InstallRequest(BootNetwork bootNetwork, BootHost host, HostNetwork network, InstallProfile profile,
            Token token) {
        if (bootNetwork == null || host == null || network == null || profile == null || token == null) {
            throw new InvalidValueException(bootNetwork == null ? "network" : host == null ? "host"
                    : network == null ? "hostNetwork" : profile == null ? "profile" : "token", "is missing");
        }
        if (!network.hostname().equals(host.hostname())) {
            throw new InvalidValueException("hostNetwork.hostname", "is " + network.hostname() + " but the host is "
                    + host.hostname());
        }
        if (!network.link().ports().contains(host.mac())) {
            throw new InvalidValueException("hostNetwork.link", "does not include the MAC the host boots from ("
                    + host.mac() + "): " + network.link().ports());
        }
        if (network.addressing() != profile.addressing()) {
            throw new InvalidValueException("hostNetwork.addressing", "is " + network.addressing()
                    + " but profile " + profile.name() + " says " + profile.addressing());
        }
        this.host = host;
        this.network = network;
        this.profile = profile;
        this.urls = new InstallUrls(bootNetwork.bootBaseUrl(), token);
    }

    public BootHost host() {
        return host;
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
