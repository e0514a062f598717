package org.netboot6.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.model.Token;
import org.netboot6.store.BootEventRepository;
import org.netboot6.store.Database;
import org.netboot6.store.HostRepository;
import org.netboot6.store.NetworkRepository;
import org.netboot6.store.StoredNetwork;
import org.netboot6.store.TokenRepository;

/** Operator-side use cases: networks and hosts, arming a host's next network boot. */
public final class HostService {
    public static final String PURPOSE_PROBE = "probe";

    private final Database db;
    private final NetworkRepository networks;
    private final HostRepository hosts;
    private final TokenRepository tokens;
    private final BootEventRepository events;
    private final Clock clock;

    public HostService(Database db, NetworkRepository networks, HostRepository hosts, TokenRepository tokens,
            BootEventRepository events, Clock clock) {
        this.db = db;
        this.networks = networks;
        this.hosts = hosts;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    public StoredNetwork createNetwork(BootNetwork network) {
        return db.inTransaction(c -> networks.insert(c, network, clock.instant()));
    }

    public BootHost addHost(long networkId, Mac mac, Hostname hostname, SmbiosUuid smbiosUuid) {
        return db.inTransaction(c -> {
            if (networks.findById(c, networkId).isEmpty()) {
                throw new InvalidValueException("networkId", "names no boot network: " + networkId);
            }
            BootHost host = hosts.insert(c, networkId, mac, hostname, smbiosUuid, clock.instant());
            events.record(c, host.id(), clock.instant(), "registered", "with MAC " + mac, "api");
            return host;
        });
    }

    /**
     * Arms a probe: the host's next network boot proves the IPv6 boot chain and reports back with a one-time token
     * valid for {@code lifetime}. Any earlier token of the host stops working.
     */
    public BootHost armProbe(long hostId, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new InvalidValueException("tokenLifetime", "must be positive, got " + lifetime);
        }
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            BootHost host = hosts.findById(c, hostId)
                    .orElseThrow(() -> new InvalidValueException("hostId", "names no host: " + hostId));
            tokens.revokeAll(c, hostId, now);
            tokens.issue(c, hostId, Token.generate(), PURPOSE_PROBE, now, now.plus(lifetime));
            if (host.state() != HostState.PROVISIONING
                    && !hosts.transition(c, hostId, host.state(), HostState.PROVISIONING, now)) {
                throw new IllegalStateException("host " + host + " changed state while being armed; try again");
            }
            events.record(c, hostId, now, "armed", "probe, token valid for " + lifetime.toSeconds() + " s", "api");
            return hosts.findById(c, hostId).orElseThrow();
        });
    }

    public BootHost host(long hostId) {
        return db.read(c -> hosts.findById(c, hostId))
                .orElseThrow(() -> new InvalidValueException("hostId", "names no host: " + hostId));
    }

    public List<BootEventRepository.BootEvent> timeline(long hostId) {
        return db.read(c -> events.forHost(c, hostId));
    }
}
