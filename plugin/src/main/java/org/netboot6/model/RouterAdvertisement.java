package org.netboot6.model;

/**
 * What the router advertisements on a boot network say: the M (managed: addresses from DHCPv6), O (other
 * configuration: options from DHCPv6) and A (autonomous: SLAAC on the prefix) flags, and whether the router
 * offers itself as default router (router lifetime above zero). Which combinations are usable for network boot
 * is {@link BootNetworkValidator}'s call, because it depends on the rest of the network.
 */
public final class RouterAdvertisement {
    /** M=1 O=1 A=1, default router: DHCPv6 addresses and options, plus SLAAC for installers that drop DHCPv6. */
    public static final RouterAdvertisement STATEFUL = new RouterAdvertisement(true, true, true, true);
    /** M=0 O=1 A=1, default router: SLAAC addresses, DHCPv6 Information-Request for option 59 and DNS. */
    public static final RouterAdvertisement STATELESS = new RouterAdvertisement(false, true, true, true);

    private final boolean managed;
    private final boolean otherConfig;
    private final boolean autonomous;
    private final boolean defaultRouter;

    private RouterAdvertisement(boolean managed, boolean otherConfig, boolean autonomous, boolean defaultRouter) {
        this.managed = managed;
        this.otherConfig = otherConfig;
        this.autonomous = autonomous;
        this.defaultRouter = defaultRouter;
    }

    public static RouterAdvertisement of(boolean managed, boolean otherConfig, boolean autonomous, boolean defaultRouter) {
        return new RouterAdvertisement(managed, otherConfig, autonomous, defaultRouter);
    }

    public boolean managed() {
        return managed;
    }

    public boolean otherConfig() {
        return otherConfig;
    }

    public boolean autonomous() {
        return autonomous;
    }

    public boolean defaultRouter() {
        return defaultRouter;
    }

    /** True when clients ask a DHCPv6 server at all (Solicit for M, Information-Request for O). */
    public boolean usesDhcpv6() {
        return managed || otherConfig;
    }

    public RouterAdvertisement withDefaultRouter(boolean v) {
        return new RouterAdvertisement(managed, otherConfig, autonomous, v);
    }

    @Override
    public String toString() {
        return "M=" + bit(managed) + " O=" + bit(otherConfig) + " A=" + bit(autonomous)
                + (defaultRouter ? ", default router" : ", no default router");
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RouterAdvertisement)) {
            return false;
        }
        RouterAdvertisement r = (RouterAdvertisement) o;
        return r.managed == managed && r.otherConfig == otherConfig && r.autonomous == autonomous
                && r.defaultRouter == defaultRouter;
    }

    @Override
    public int hashCode() {
        return (managed ? 8 : 0) | (otherConfig ? 4 : 0) | (autonomous ? 2 : 0) | (defaultRouter ? 1 : 0);
    }
}
