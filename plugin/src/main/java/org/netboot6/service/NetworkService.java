package org.netboot6.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootNetworkValidator;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.ResourceUuid;
import org.netboot6.plan.AddressPlanner;
import org.netboot6.store.ChangeCounter;
import org.netboot6.store.Database;
import org.netboot6.store.HostRepository;
import org.netboot6.store.NetworkRepository;
import org.netboot6.store.Page;
import org.netboot6.store.PageRequest;
import org.netboot6.store.ProfileRepository;
import org.netboot6.store.StoredNetwork;
import org.netboot6.store.StoredProfile;

/** Boot networks: create, list, change, delete. */
public final class NetworkService {
    private final Database db;
    private final NetworkRepository networks;
    private final HostRepository hosts;
    private final ProfileRepository profiles;
    private final ChangeCounter changes;
    private final ChangeWatcher watcher;
    private final Clock clock;

    public NetworkService(Database db, NetworkRepository networks, HostRepository hosts, ProfileRepository profiles,
            ChangeCounter changes, ChangeWatcher watcher, Clock clock) {
        this.watcher = watcher;
        this.db = db;
        this.networks = networks;
        this.hosts = hosts;
        this.profiles = profiles;
        this.changes = changes;
        this.clock = clock;
    }

    /** Refused (naming the field) when a live network already has the name or the prefix: schema 6's unique keys. */
    public StoredNetwork create(BootNetwork network) {
        return db.inTransaction(c -> networks.insert(c, network, clock.instant()));
    }

    /**
     * A host's planned static address must stay usable: inside the prefix, not a server's, not in the DHCPv6 pool
     * (where the DHCP server could lease it to another client while the installed host holds it).
     */
    private void refuseStrandedAddresses(Connection c, long networkId, BootNetwork updated) throws SQLException {
        AddressPlanner planner = new AddressPlanner(updated, List.of());
        HostRepository.Filter filter = new HostRepository.Filter();
        filter.networkId = networkId;
        String field = null;
        List<String> stranded = new ArrayList<>();
        for (BootHost host : hosts.list(c, filter, PageRequest.all()).items()) {
            Optional<Map.Entry<String, String>> conflict = host.address().flatMap(planner::conflict);
            if (conflict.isPresent()) {
                field = field == null ? conflict.get().getKey() : field;
                stranded.add(host.hostname() + " (" + host.address().get() + " " + conflict.get().getValue() + ")");
            }
        }
        if (!stranded.isEmpty()) {
            throw new InvalidValueException(field, "would strand the planned addresses of " + stranded.size()
                    + " host(s): " + String.join(", ", stranded.subList(0, Math.min(3, stranded.size())))
                    + (stranded.size() > 3 ? ", ..." : "") + "; remove those hosts or choose other values");
        }
    }

    /** An install armed now must stay installable: its installer still has to reach what it fetches. */
    private void refuseStrandedInstalls(Connection c, long networkId, BootNetwork updated) throws SQLException {
        for (long profileId : hosts.profilesArmedForInstall(c, networkId, clock.instant())) {
            StoredProfile armed = profiles.findById(c, profileId)
                    .orElseThrow(() -> new IllegalStateException("an armed host refers to removed profile " + profileId));
            try {
                BootNetworkValidator.installable(updated, armed.profile());
            } catch (InvalidValueException e) {
                throw new InvalidValueException("id", "this change would leave the hosts armed to install profile "
                        + armed.profile().name() + " unable to (" + e.field() + " " + e.problem() + "); cancel their provisioning "
                        + "first, or change the profile");
            }
        }
    }

    public StoredNetwork get(String uuid) {
        String id = ResourceUuid.require("id", uuid);
        return db.read(c -> networks.findByUuid(c, id)).orElseThrow(() -> new NotFoundException("id", "boot network", id));
    }

    /** By database id, e.g. the network a host refers to. */
    public StoredNetwork get(long id) {
        return db.read(c -> networks.findById(c, id))
                .orElseThrow(() -> new NotFoundException("id", "boot network", Long.toString(id)));
    }

    public Page<StoredNetwork> list(String uuid, PageRequest page) {
        String id = uuid == null ? null : ResourceUuid.require("id", uuid);
        return db.read(c -> networks.list(c, id, page));
    }

    /** Applies {@code change} to the stored network; the result is validated as a whole before anything is written. */
    public StoredNetwork update(String uuid, UnaryOperator<BootNetwork.Builder> change) {
        String id = ResourceUuid.require("id", uuid);
        StoredNetwork result = db.inTransaction(c -> {
            // locked first: a host being added meanwhile would get an address planned in the old network
            StoredNetwork current = networks.lockByUuid(c, id, true)
                    .orElseThrow(() -> new NotFoundException("id", "boot network", id));
            BootNetwork updated = change.apply(current.network().toBuilder()).build();
            refuseStrandedAddresses(c, current.id(), updated);
            refuseStrandedInstalls(c, current.id(), updated);
            networks.update(c, current.id(), updated);
            changes.bump(c);
            return new StoredNetwork(current.id(), current.uuid(), updated);
        });
        watcher.awaitPropagation();
        return result;
    }

    public void delete(String uuid) {
        String id = ResourceUuid.require("id", uuid);
        db.inTransaction(c -> {
            // locked first, so a host added meanwhile has committed and is counted, or waits and finds no network
            StoredNetwork current = networks.lockByUuid(c, id, true)
                    .orElseThrow(() -> new NotFoundException("id", "boot network", id));
            int attached = hosts.countByNetwork(c, current.id());
            if (attached > 0) {
                throw new InvalidValueException("id", "boot network " + current.network().name() + " still has " + attached
                        + " host(s); remove them first");
            }
            networks.remove(c, current.id(), clock.instant());
            changes.bump(c);
            return null;
        });
    }
}
