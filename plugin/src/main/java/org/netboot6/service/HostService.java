package org.netboot6.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetworkValidator;
import org.netboot6.model.HostState;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.plan.AddressPlanner;
import org.netboot6.model.ResourceUuid;
import org.netboot6.model.Token;
import org.netboot6.store.BootEventRepository;
import org.netboot6.store.ChangeCounter;
import org.netboot6.store.Database;
import org.netboot6.store.HostRepository;
import org.netboot6.store.NetworkRepository;
import org.netboot6.store.Page;
import org.netboot6.store.PageRequest;
import org.netboot6.store.ProfileRepository;
import org.netboot6.store.StoredNetwork;
import org.netboot6.store.StoreException;
import org.netboot6.store.StoredProfile;
import org.netboot6.store.TokenRepository;

/** Operator-side use cases for hosts: register, list, change, remove, arm the next network boot, cancel it. */
public final class HostService {
    /** Token purposes: what a PROVISIONING host's next network boot runs. */
    public static final String PURPOSE_PROBE = "probe";
    public static final String PURPOSE_INSTALL = "install";
    /** An install token is a credential: it must not outlive any plausible install. */
    public static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(7);

    private final Database db;
    private final NetworkRepository networks;
    private final HostRepository hosts;
    private final ProfileRepository profiles;
    private final TokenRepository tokens;
    private final BootEventRepository events;
    private final ChangeCounter changes;
    private final ChangeWatcher watcher;
    private final Clock clock;

    public HostService(Database db, NetworkRepository networks, HostRepository hosts, ProfileRepository profiles,
            TokenRepository tokens, BootEventRepository events, ChangeCounter changes, ChangeWatcher watcher,
            Clock clock) {
        this.watcher = watcher;
        this.db = db;
        this.networks = networks;
        this.hosts = hosts;
        this.profiles = profiles;
        this.tokens = tokens;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
    }

    public BootHost add(NewHost spec) {
        String networkUuid = ResourceUuid.require("networkid", spec.networkUuid);
        if (spec.hostname == null) {
            throw new InvalidValueException("hostname", "is missing");
        }
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            // shared lock first: the network cannot be deleted or changed until this host is committed
            StoredNetwork network = networks.lockByUuid(c, networkUuid, false)
                    .orElseThrow(() -> new NotFoundException("networkid", "boot network", networkUuid));
            String uuid = UUID.randomUUID().toString();
            BootHost.Builder b = BootHost.builder().uuid(uuid).networkId(network.id()).kind(spec.kind)
                    .bondMode(spec.bondMode)
                    .hostname(spec.hostname).smbiosUuid(spec.smbiosUuid)
                    .cloudStackHostUuid(spec.cloudStackHostUuid == null ? null
                            : ResourceUuid.require("hostid", spec.cloudStackHostUuid))
                    .cloudStackVmUuid(spec.cloudStackVmUuid == null ? null
                            : ResourceUuid.require("virtualmachineid", spec.cloudStackVmUuid));
            spec.macs.forEach(b::mac);
            if (spec.profileUuid != null) {
                b.profileId(profile(c, "profileid", spec.profileUuid).id());
            }
            // the planned address depends on the host's uuid, never on a MAC (bonds and NIC swaps change MACs)
            b.address(new AddressPlanner(network.network(), List.of()).plan(uuid, new TakenAddresses(c, network.id())));
            BootHost host = hosts.insert(c, uuid, b.build(), now);
            events.record(c, host.id(), now, "registered", "with MAC " + host.macs(), "api");
            // no change bump: a new host's MACs were unknown, and unknown MACs are never cached, so no cached answer
            // changes (bumping would make every server drop all its cached scripts for nothing)
            return host;
        });
    }

    /** The addresses other hosts of a network hold, asked of the database one candidate at a time. */
    private final class TakenAddresses extends AbstractSet<Ipv6Address> {
        private final Connection connection;
        private final long networkId;

        TakenAddresses(Connection connection, long networkId) {
            this.connection = connection;
            this.networkId = networkId;
        }

        @Override
        public boolean contains(Object o) {
            try {
                return o instanceof Ipv6Address && hosts.addressTaken(connection, networkId, (Ipv6Address) o);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        @Override
        public Iterator<Ipv6Address> iterator() {
            throw new UnsupportedOperationException("only membership is asked");
        }

        @Override
        public int size() {
            throw new UnsupportedOperationException("only membership is asked");
        }
    }

    private StoredProfile profile(java.sql.Connection c, String field, String uuid) throws java.sql.SQLException {
        String id = ResourceUuid.require(field, uuid);
        return profiles.lockByUuid(c, id, false).orElseThrow(() -> new NotFoundException(field, "profile", id));
    }

    public BootHost get(String uuid) {
        String id = ResourceUuid.require("id", uuid);
        return db.read(c -> hosts.findByUuid(c, id)).orElseThrow(() -> new NotFoundException("id", "host", id));
    }

    public BootHost host(long hostId) {
        return db.read(c -> hosts.findById(c, hostId))
                .orElseThrow(() -> new NotFoundException("id", "host", Long.toString(hostId)));
    }

    public Page<BootHost> list(HostRepository.Filter filter, PageRequest page) {
        return db.read(c -> hosts.list(c, filter, page));
    }

    public BootHost update(String uuid, HostChange change) {
        String id = ResourceUuid.require("id", uuid);
        Instant now = clock.instant();
        BootHost result = db.inTransaction(c -> {
            BootHost current = hosts.lockByUuid(c, id).orElseThrow(() -> new NotFoundException("id", "host", id));
            BootHost.Builder b = current.toBuilder();
            if (change.hostname != null) {
                b.hostname(change.hostname);
            }
            if (change.macs != null) {
                b.clearMacs();
                change.macs.forEach(b::mac);
            }
            if (change.clearBondMode && change.bondMode != null) {
                throw new InvalidValueException("clearbondmode", "cannot be given with bondmode");
            }
            if (change.clearBondMode && change.macs == null) {
                throw new InvalidValueException("macaddresses", "are required with clearbondmode: give the MAC of the "
                        + "NIC the host keeps (its bond's other ports would otherwise stay, unconfigured)");
            }
            if (change.bondMode != null || change.clearBondMode) {
                b.bondMode(change.bondMode);
            }
            if (change.clearSmbiosUuid && change.smbiosUuid != null) {
                throw new InvalidValueException("clearsmbiosuuid", "cannot be given with smbiosuuid");
            }
            if (change.clearProfile && change.profileUuid != null) {
                throw new InvalidValueException("clearprofile", "cannot be given with profileid");
            }
            if (change.smbiosUuid != null || change.clearSmbiosUuid) {
                b.smbiosUuid(change.smbiosUuid);
            }
            if (change.profileUuid != null || change.clearProfile) {
                if (current.state() == HostState.PROVISIONING) {
                    throw new InvalidValueException(change.clearProfile ? "clearprofile" : "profileid",
                            "cannot change the profile while host " + current.hostname()
                            + " is PROVISIONING; cancel the provisioning first");
                }
                b.profileId(change.clearProfile ? null : profile(c, "profileid", change.profileUuid).id());
            }
            BootHost updated = b.build();
            hosts.update(c, updated, now);
            events.record(c, current.id(), now, "updated", "by the API", "api");
            changes.bumpHost(c, current.id());
            return updated;
        });
        watcher.awaitPropagation();
        return result;
    }

    public void remove(String uuid) {
        String id = ResourceUuid.require("id", uuid);
        Instant now = clock.instant();
        db.inTransaction(c -> {
            BootHost current = hosts.lockByUuid(c, id).orElseThrow(() -> new NotFoundException("id", "host", id));
            tokens.revokeAll(c, current.id(), now);
            hosts.remove(c, current.id(), now);
            events.record(c, current.id(), now, "removed", "by the API", "api");
            changes.bumpHost(c, current.id());
            return null;
        });
        watcher.awaitPropagation();
    }

    /**
     * Arms the host's next network boot with a one-time token valid for {@code lifetime}: the install of its profile
     * ({@code profileUuid}, else the host's own), or a probe when {@code probe} is set. Earlier tokens stop working.
     */
    public BootHost provision(String uuid, String profileUuid, boolean probe, Duration lifetime) {
        String id = ResourceUuid.require("id", uuid);
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
            throw new InvalidValueException("tokenlifetime", "must be between 1 s and " + MAX_TOKEN_LIFETIME.toDays()
                    + " days, got " + lifetime.toSeconds() + " s");
        }
        if (probe && profileUuid != null) {
            throw new InvalidValueException("probe", "cannot be combined with profileid: a probe installs nothing");
        }
        Instant now = clock.instant();
        BootHost result = db.inTransaction(c -> {
            BootHost host = hosts.lockByUuid(c, id).orElseThrow(() -> new NotFoundException("id", "host", id));
            StoredProfile given = profileUuid == null ? null : profile(c, "profileid", profileUuid);
            Long profileId = given != null ? Long.valueOf(given.id()) : host.profileId().orElse(null);
            if (!probe && profileId == null) {
                throw new InvalidValueException("profileid", "is required: host " + host.hostname()
                        + " has no profile (or pass probe=true to only test its network boot)");
            }
            if (!probe) {
                // refused now rather than as an error when the host boots: its installer must reach every URL
                StoredNetwork network = networks.findById(c, host.networkId())
                        .orElseThrow(() -> new IllegalStateException("host " + host + " has no live network"));
                StoredProfile chosen = given != null ? given : profiles.findById(c, profileId)
                        .orElseThrow(() -> new IllegalStateException("host " + host + " refers to a removed profile"));
                BootNetworkValidator.installable(network.network(), chosen.profile());
            }
            BootHost armed = host.toBuilder().profileId(profileId).state(HostState.PROVISIONING).build();
            if (profileUuid != null) {
                hosts.update(c, armed, now);
            }
            tokens.revokeAll(c, host.id(), now);
            tokens.issue(c, host.id(), Token.generate(), probe ? PURPOSE_PROBE : PURPOSE_INSTALL, now, now.plus(lifetime));
            if (host.state() != HostState.PROVISIONING
                    && !hosts.transition(c, host.id(), host.state(), HostState.PROVISIONING, now)) {
                throw new IllegalStateException("host " + host + " changed state while being armed; try again");
            }
            events.record(c, host.id(), now, "armed", (probe ? "probe" : "install") + ", token valid for "
                    + lifetime.toSeconds() + " s", "api");
            changes.bumpHost(c, host.id());
            return armed;
        });
        watcher.awaitPropagation();
        return result;
    }

    public BootHost cancel(String uuid) {
        String id = ResourceUuid.require("id", uuid);
        Instant now = clock.instant();
        BootHost result = db.inTransaction(c -> {
            BootHost host = hosts.lockByUuid(c, id).orElseThrow(() -> new NotFoundException("id", "host", id));
            if (host.state() != HostState.PROVISIONING) {
                throw new InvalidValueException("id", "host " + host.hostname() + " is " + host.state()
                        + "; only a PROVISIONING host can be cancelled");
            }
            tokens.revokeAll(c, host.id(), now);
            if (!hosts.transition(c, host.id(), HostState.PROVISIONING, HostState.READY, now)) {
                throw new IllegalStateException("host " + host + " changed state while being cancelled; try again");
            }
            events.record(c, host.id(), now, "cancelled", "by the API", "api");
            changes.bumpHost(c, host.id());
            return host.toBuilder().state(HostState.READY).build();
        });
        watcher.awaitPropagation();
        return result;
    }

    public List<BootEventRepository.BootEvent> timeline(long hostId) {
        return db.read(c -> events.forHost(c, hostId));
    }
}
