package org.netboot6.service;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.netboot6.render.ipxe.IpxeScriptRenderer;
import org.netboot6.store.BootEventRepository;
import org.netboot6.store.ChangeCounter;
import org.netboot6.store.Database;
import org.netboot6.store.HostRepository;
import org.netboot6.store.NetworkRepository;
import org.netboot6.store.ProfileRepository;
import org.netboot6.store.SchemaMigrator;
import org.netboot6.store.TokenRepository;

/** Composition root of the core: the use cases over one DataSource. CloudStack's manager, the lab and tests use it. */
public final class Netboot6Services implements AutoCloseable {
    private final DataSource dataSource;
    private final NetworkService networks;
    private final ProfileService profiles;
    private final HostService hosts;
    private final BootService boot;
    private final ChangeWatcher watcher;
    private final BootEventWriter eventWriter;

    public Netboot6Services(DataSource dataSource, Clock clock, String publicBootBaseUrl) {
        this(dataSource, clock, publicBootBaseUrl, ChangeWatcher.DEFAULT_POLL, ChangeWatcher.DEFAULT_FENCE);
    }

    /** With the change watcher's poll interval and fence (DESIGN decision 7) set: tests slow the poll down. */
    public Netboot6Services(DataSource dataSource, Clock clock, String publicBootBaseUrl, Duration changePoll,
            Duration changeFence) {
        this.dataSource = dataSource;
        Database db = new Database(dataSource);
        NetworkRepository networkRepository = new NetworkRepository();
        HostRepository hostRepository = new HostRepository();
        ProfileRepository profileRepository = new ProfileRepository();
        TokenRepository tokens = new TokenRepository();
        BootEventRepository events = new BootEventRepository();
        ChangeCounter changes = new ChangeCounter();
        watcher = new ChangeWatcher(db, changes, changePoll, changeFence);
        eventWriter = new BootEventWriter(db, events);
        networks = new NetworkService(db, networkRepository, hostRepository, profileRepository, changes, watcher,
                clock);
        profiles = new ProfileService(db, profileRepository, hostRepository, clock);
        hosts = new HostService(db, networkRepository, hostRepository, profileRepository, tokens, events, changes, watcher,
                clock);
        boot = new BootService(db, networkRepository, hostRepository, profileRepository, tokens, events, changes, watcher,
                eventWriter,
                new IpxeScriptRenderer(), clock, publicBootBaseUrl);
    }

    /**
     * Starts following the cluster's change counter and renders every registered host's answer into memory in one
     * bulk read ({@link BootService#warmCache()}); from then on per-host boot scripts are served from memory while
     * current. Before it (or if the schema is not migrated) every request is answered from the database.
     */
    public Netboot6Services startCaching() {
        watcher.start();
        boot.warmCache();
        return this;
    }

    /** Writes the boot events recorded so far (they are written in batches off the request path). */
    public void flushBootEvents() {
        eventWriter.flush();
    }

    /** Boot events dropped because the writer's queue was full (a storm beyond the database's pace). */
    public long droppedBootEvents() {
        return eventWriter.dropped();
    }

    /** Writes pending boot events and stops the background threads. */
    @Override
    public void close() {
        watcher.close();
        eventWriter.close();
    }

    /** Brings the schema up to date (cluster-safe: Flyway holds a database lock while it migrates). */
    public int migrate() {
        return new SchemaMigrator(dataSource).migrate();
    }

    public NetworkService networks() {
        return networks;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public HostService hosts() {
        return hosts;
    }

    public BootService boot() {
        return boot;
    }
}
