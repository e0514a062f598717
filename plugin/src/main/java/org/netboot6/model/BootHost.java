package org.netboot6.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A machine netboot6 boots, identified by the MACs of its boot NICs (iPXE puts the MAC in the URL; a bond lists
 * every slave's permanent MAC, the first being the primary), optionally its SMBIOS UUID.
 */
public final class BootHost {
    private final long id;
    private final String uuid;
    private final long networkId;
    private final HostKind kind;
    private final List<Mac> macs;
    private final Hostname hostname;
    private final SmbiosUuid smbiosUuid;
    private final HostState state;
    private final String cloudStackHostUuid;
    private final String cloudStackVmUuid;
    private final Long profileId;
    private final Ipv6Address address;
    private final BondMode bondMode;

    private BootHost(Builder b) {
        this.id = b.id;
        this.uuid = Objects.requireNonNull(b.uuid, "uuid");
        this.networkId = b.networkId;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        if (b.macs.isEmpty()) {
            throw new InvalidValueException("macs", "needs at least one MAC address");
        }
        if (b.macs.stream().distinct().count() != b.macs.size()) {
            throw new InvalidValueException("macs", "lists a MAC address twice: " + b.macs);
        }
        this.macs = Collections.unmodifiableList(new ArrayList<>(b.macs));
        this.hostname = Objects.requireNonNull(b.hostname, "hostname");
        this.smbiosUuid = b.smbiosUuid;
        this.state = Objects.requireNonNull(b.state, "state");
        if (kind == HostKind.GUEST_VM && b.cloudStackVmUuid == null) {
            throw new InvalidValueException("virtualmachineid", "is required for a guest VM host");
        }
        if (kind == HostKind.GUEST_VM && b.cloudStackHostUuid != null) {
            throw new InvalidValueException("hostid", "is for bare-metal hosts, not guest VMs");
        }
        if (kind == HostKind.BAREMETAL && b.cloudStackVmUuid != null) {
            throw new InvalidValueException("virtualmachineid", "is for guest VMs, not bare-metal hosts");
        }
        this.cloudStackHostUuid = b.cloudStackHostUuid;
        this.cloudStackVmUuid = b.cloudStackVmUuid;
        this.profileId = b.profileId;
        this.address = b.address;
        if (b.bondMode != null && b.macs.size() < 2) {
            throw new InvalidValueException("bondmode", "needs at least two MAC addresses (the bond's ports), got " + b.macs
                    + "; a host on one NIC has no bond mode");
        }
        this.bondMode = b.bondMode;
    }

    /** A bare-metal host with one MAC and no links, as the lab registers it. */
    public BootHost(long id, String uuid, long networkId, Mac mac, Hostname hostname, SmbiosUuid smbiosUuid,
            HostState state) {
        this(builder().id(id).uuid(uuid).networkId(networkId).mac(mac).hostname(hostname).smbiosUuid(smbiosUuid)
                .state(state));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = builder().id(id).uuid(uuid).networkId(networkId).kind(kind).hostname(hostname)
                .smbiosUuid(smbiosUuid).state(state).cloudStackHostUuid(cloudStackHostUuid)
                .cloudStackVmUuid(cloudStackVmUuid).profileId(profileId).address(address).bondMode(bondMode);
        macs.forEach(b::mac);
        return b;
    }

    public long id() {
        return id;
    }

    /** The identifier the API shows. */
    public String uuid() {
        return uuid;
    }

    public long networkId() {
        return networkId;
    }

    public HostKind kind() {
        return kind;
    }

    /** The primary boot MAC. */
    public Mac mac() {
        return macs.get(0);
    }

    /** Every MAC that identifies this host (bond slaves by permanent MAC); the first is the primary. */
    public List<Mac> macs() {
        return macs;
    }

    public Hostname hostname() {
        return hostname;
    }

    public Optional<SmbiosUuid> smbiosUuid() {
        return Optional.ofNullable(smbiosUuid);
    }

    public HostState state() {
        return state;
    }

    public Optional<String> cloudStackHostUuid() {
        return Optional.ofNullable(cloudStackHostUuid);
    }

    public Optional<String> cloudStackVmUuid() {
        return Optional.ofNullable(cloudStackVmUuid);
    }

    /** The install profile armed or last used; empty for a probe. */
    public Optional<Long> profileId() {
        return Optional.ofNullable(profileId);
    }

    /** The planned address of the installed system, assigned when the host is added. */
    public Optional<Ipv6Address> address() {
        return Optional.ofNullable(address);
    }

    /** Set when the MACs are the ports of one bond (the first is the primary port). */
    public Optional<BondMode> bondMode() {
        return Optional.ofNullable(bondMode);
    }

    /** The installed system's link: one NIC, or a bond of all the host's MACs. */
    public HostLink link() {
        return bondMode == null ? HostLink.single(mac()) : HostLink.bond(bondMode, macs);
    }

    @Override
    public String toString() {
        return hostname + " (" + mac() + ", " + state + ")";
    }

    public static final class Builder {
        private long id;
        private String uuid;
        private long networkId;
        private HostKind kind = HostKind.BAREMETAL;
        private final List<Mac> macs = new ArrayList<>();
        private Hostname hostname;
        private SmbiosUuid smbiosUuid;
        private HostState state = HostState.READY;
        private String cloudStackHostUuid;
        private String cloudStackVmUuid;
        private Long profileId;
        private Ipv6Address address;
        private BondMode bondMode;

        public Builder address(Ipv6Address v) {
            address = v;
            return this;
        }

        public Builder bondMode(BondMode v) {
            bondMode = v;
            return this;
        }

        public Builder id(long v) {
            id = v;
            return this;
        }

        public Builder uuid(String v) {
            uuid = v;
            return this;
        }

        public Builder networkId(long v) {
            networkId = v;
            return this;
        }

        public Builder kind(HostKind v) {
            kind = v;
            return this;
        }

        public Builder mac(Mac v) {
            macs.add(Objects.requireNonNull(v, "mac"));
            return this;
        }

        /** Whether a MAC was given yet (a host needs at least one). */
        public boolean hasMacs() {
            return !macs.isEmpty();
        }

        public Builder clearMacs() {
            macs.clear();
            return this;
        }

        public Builder hostname(Hostname v) {
            hostname = v;
            return this;
        }

        public Builder smbiosUuid(SmbiosUuid v) {
            smbiosUuid = v;
            return this;
        }

        public Builder state(HostState v) {
            state = v;
            return this;
        }

        public Builder cloudStackHostUuid(String v) {
            cloudStackHostUuid = v;
            return this;
        }

        public Builder cloudStackVmUuid(String v) {
            cloudStackVmUuid = v;
            return this;
        }

        public Builder profileId(Long v) {
            profileId = v;
            return this;
        }

        public BootHost build() {
            return new BootHost(this);
        }
    }
}
