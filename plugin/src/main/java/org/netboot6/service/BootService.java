package org.netboot6.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.netboot6.boot.BootReply;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostState;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.Printable;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.model.Token;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.HostNetwork;
import org.netboot6.model.Ipv6Address;
import org.netboot6.render.install.AutoinstallRenderer;
import org.netboot6.render.install.InstallRequest;
import org.netboot6.render.install.PreviewMask;
import org.netboot6.render.install.KickstartRenderer;
import org.netboot6.render.install.PreseedRenderer;
import org.netboot6.render.ipxe.IpxeScriptRenderer;
import org.netboot6.store.BootEventRepository;
import org.netboot6.store.ChangeCounter;
import org.netboot6.store.Database;
import org.netboot6.store.HostRepository;
import org.netboot6.store.NetworkRepository;
import org.netboot6.store.PageRequest;
import org.netboot6.store.ProfileRepository;
import org.netboot6.store.StoreException;
import org.netboot6.store.StoredProfile;
import org.netboot6.store.StoredNetwork;
import org.netboot6.store.TokenRepository;

/**
 * The boot-time use cases behind the HTTP endpoints: the generic iPXE script, the per-host script chosen by MAC,
 * and the one-time token callback. Bad requests are answered and logged and change nothing. Per-host answers are
 * kept in memory and served from there while the cluster-wide change counter says they are current
 * ({@link ChangeWatcher}); a boot storm then costs no database round trip per request.
 */
public final class BootService {
    private static final Logger LOG = LogManager.getLogger(BootService.class);

    private final Database db;
    private final NetworkRepository networks;
    private final HostRepository hosts;
    private final TokenRepository tokens;
    private final BootEventRepository events;
    private final IpxeScriptRenderer ipxe;
    private final ProfileRepository profiles;
    private final PreseedRenderer preseed = new PreseedRenderer();
    private final AutoinstallRenderer autoinstall = new AutoinstallRenderer();
    private final KickstartRenderer kickstart = new KickstartRenderer();
    private final ChangeCounter changes;
    private final ChangeWatcher watcher;
    private final BootEventWriter eventWriter;
    /**
     * Installer files kept in memory at most (rendered with the install scripts of armed hosts, about 5 KB each):
     * beyond it they are rendered from the database per request.
     */
    static final int INSTALLER_FILES_KEPT = 20_000;
    private final HostAnswers<Mac> answers;
    private final HostAnswers<InstallerFileKey> installerAnswers;
    private final Clock clock;
    private final BootReply generic;
    private final LongAdder fromDatabase = new LongAdder();
    private final LongAdder repeatsWithoutEvent = new LongAdder();
    private final LongAdder installerFilesFromDatabase = new LongAdder();

    public BootService(Database db, NetworkRepository networks, HostRepository hosts, ProfileRepository profiles,
            TokenRepository tokens, BootEventRepository events, ChangeCounter changes, ChangeWatcher watcher,
            BootEventWriter eventWriter, IpxeScriptRenderer ipxe, Clock clock, String publicBaseUrl) {
        this.profiles = profiles;
        this.changes = changes;
        this.watcher = watcher;
        this.eventWriter = eventWriter;
        this.answers = new HostAnswers<>(watcher, Integer.MAX_VALUE);
        this.installerAnswers = new HostAnswers<>(watcher, INSTALLER_FILES_KEPT);
        this.db = db;
        this.networks = networks;
        this.hosts = hosts;
        this.tokens = tokens;
        this.events = events;
        this.ipxe = ipxe;
        this.clock = clock;
        this.generic = BootReply.script(ipxe.generic(publicBaseUrl));
    }

    /** The same for every host and every request: rendered once. */
    public BootReply genericScript() {
        return generic;
    }

    public BootReply hostScript(String macParam, String uuidParam, String remote) {
        Mac mac;
        try {
            mac = Mac.parse(macParam);
        } catch (InvalidValueException e) {
            LOG.warn("boot script request from {} refused: {}", remote, e.getMessage());
            return BootReply.error(400, "parameter " + e.getMessage());
        }
        Optional<SmbiosUuid> smbios = parseUuid(uuidParam, remote);
        Instant now = clock.instant();
        long nanoTime = System.nanoTime();
        HostAnswers.Entry cached = answers.lookup(mac, now);
        if (cached != null) {
            HostAnswer answer = cached.answer;
            if (cached.claimEvent(nanoTime)) {
                eventWriter.record(answer.hostId, now, answer.eventKind, answer.eventDetail, remote);
            } else {
                repeatsWithoutEvent.increment();
            }
            return answer.reply;
        }
        fromDatabase.increment();
        long stamp = watcher.freshValue();
        HostAnswer answer = db.read(c -> answer(c, mac, now));
        if (answer.hostId == null) {
            answers.forget(mac);
            LOG.info("boot script request from {} for unknown MAC {} (uuid {})", remote, mac,
                    smbios.map(Object::toString).orElse("none"));
            return answer.reply;
        }
        eventWriter.record(answer.hostId, now, answer.eventKind, answer.eventDetail, remote);
        if (stamp >= 0) {
            remember(mac, stamp, answer, nanoTime, now);
        }
        return answer.reply;
    }

    /** What {@code mac} is answered now, from the database. Reads only: the event is written by the caller. */
    private HostAnswer answer(Connection c, Mac mac, Instant now) throws SQLException {
        Optional<BootHost> found = hosts.findByMac(c, mac);
        if (found.isEmpty()) {
            return refusal(BootReply.script(ipxe.unknownHost(mac)));
        }
        return answer(found.get(), mac, fromDatabase(c, now), now);
    }

    /**
     * Where the parts of an answer come from: the database one query at a time (a request), or maps read in bulk
     * ({@link #warmCache()}). Database errors surface as {@link StoreException}, as {@link Database} reports them.
     */
    private interface Parts {
        Optional<TokenRepository.LiveToken> liveToken(long hostId);

        Optional<StoredNetwork> network(long networkId);

        Optional<StoredProfile> profile(long profileId);
    }

    private Parts fromDatabase(Connection c, Instant now) {
        return new Parts() {
            @Override
            public Optional<TokenRepository.LiveToken> liveToken(long hostId) {
                return unchecked(() -> tokens.findLive(c, hostId, now));
            }

            @Override
            public Optional<StoredNetwork> network(long networkId) {
                return unchecked(() -> networks.findById(c, networkId));
            }

            @Override
            public Optional<StoredProfile> profile(long profileId) {
                return unchecked(() -> profiles.findById(c, profileId));
            }
        };
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** What {@code host}, booting from {@code mac}, is answered now. */
    private HostAnswer answer(BootHost host, Mac mac, Parts parts, Instant now) {
        if (host.state() != HostState.PROVISIONING) {
            return new HostAnswer(BootReply.script(ipxe.localBoot(host)), host.id(), "local-boot",
                    "state " + host.state() + ", nothing armed", Instant.MAX);
        }
        Optional<TokenRepository.LiveToken> token = parts.liveToken(host.id());
        if (token.isEmpty()) {
            LOG.warn("host {} is PROVISIONING but its token expired; answering local boot", host);
            return new HostAnswer(BootReply.script(ipxe.localBoot(host)), host.id(), "local-boot",
                    "armed, but its token expired", Instant.MAX);
        }
        if (HostService.PURPOSE_INSTALL.equals(token.get().purpose())) {
            InstallRequest install = installRequest(parts, host, mac, token.get().token());
            // the installer files are those of the host's primary MAC, whichever port it boots from (as served)
            InstallRequest files = mac.equals(host.mac()) ? install
                    : installRequest(parts, host, host.mac(), token.get().token());
            return new HostAnswer(BootReply.script(ipxe.install(install)), host.id(), "boot-script",
                    "install script served: " + install.profile().release(), token.get().expires(),
                    token.get().token(), installerFiles(files));
        }
        StoredNetwork network = network(parts, host);
        return new HostAnswer(BootReply.script(ipxe.probe(host, network.network().bootBaseUrl(), token.get().token())),
                host.id(), "boot-script", "probe script served", token.get().expires());
    }

    /** Caches a host's answer and, for an install, its installer files, all at the same stamp. */
    private void remember(Mac mac, long stamp, HostAnswer answer, long eventAt, Instant now) {
        answers.store(mac, stamp, answer, eventAt, now);
        long noEventYet = System.nanoTime() - HostAnswers.REPEAT_EVENT_AFTER;
        answer.installerFiles.forEach((file, reply) -> installerAnswers.store(
                new InstallerFileKey(answer.installToken, file), stamp, installerFileAnswer(answer.hostId, file, reply,
                        answer.validUntil), noEventYet, now));
    }

    private Map<InstallerFile, BootReply> installerFiles(InstallRequest install) {
        Map<InstallerFile, BootReply> files = new EnumMap<>(InstallerFile.class);
        for (InstallerFile file : InstallerFile.values()) {
            if (file.family() == install.profile().release().family()) {
                files.put(file, BootReply.script(render(file, install)));
            }
        }
        return files;
    }

    private static HostAnswer installerFileAnswer(long hostId, InstallerFile file, BootReply reply, Instant validUntil) {
        return new HostAnswer(reply, hostId, "installer-file", file.label() + " served", validUntil);
    }

    /** An installer file of one install token. */
    private static final class InstallerFileKey {
        final Token token;
        final InstallerFile file;

        InstallerFileKey(Token token, InstallerFile file) {
            this.token = token;
            this.file = file;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InstallerFileKey && ((InstallerFileKey) o).token.equals(token)
                    && ((InstallerFileKey) o).file == file;
        }

        @Override
        public int hashCode() {
            return token.hashCode() * 31 + file.hashCode();
        }
    }

    private static StoredNetwork network(Parts parts, BootHost host) {
        return parts.network(host.networkId())
                .orElseThrow(() -> new IllegalStateException("host " + host + " has no network"));
    }

    /**
     * Renders the answer of every registered host, for each of its MACs, from bulk queries (hosts with their MACs,
     * live tokens, networks, profiles) and caches them, stamped with the change counter as it was read BEFORE the
     * queries: a change committed meanwhile leaves them stale (not served), never wrong. Linear in the number of
     * hosts; after it a boot storm needs no database round trip. Returns the number of MACs cached (0 while the
     * change counter cannot be read: then nothing is cached).
     */
    public int warmCache() {
        long stamp = watcher.freshValue();
        if (stamp < 0) {
            return 0;
        }
        Instant now = clock.instant();
        try {
            return warmCache(stamp, now);
        } catch (StoreException e) {
            LOG.warn("boot answers not rendered ahead: {}; each host is answered from the database at its first boot",
                    e.getMessage());
            return 0;
        }
    }

    private int warmCache(long stamp, Instant now) {
        return db.read(c -> {
            Map<Long, TokenRepository.LiveToken> live = tokens.findAllLive(c, now);
            Map<Long, StoredNetwork> nets = new HashMap<>();
            networks.list(c, null, PageRequest.all()).items().forEach(n -> nets.put(n.id(), n));
            Map<Long, StoredProfile> profs = new HashMap<>();
            profiles.list(c, null, PageRequest.all()).items().forEach(p -> profs.put(p.id(), p));
            Parts parts = new Parts() {
                @Override
                public Optional<TokenRepository.LiveToken> liveToken(long hostId) {
                    return Optional.ofNullable(live.get(hostId));
                }

                @Override
                public Optional<StoredNetwork> network(long networkId) {
                    return Optional.ofNullable(nets.get(networkId));
                }

                @Override
                public Optional<StoredProfile> profile(long profileId) {
                    return Optional.ofNullable(profs.get(profileId));
                }
            };
            int[] cached = {0};
            long noEventYet = System.nanoTime() - HostAnswers.REPEAT_EVENT_AFTER;
            hosts.forEach(c, host -> {
                for (Mac mac : host.macs()) {
                    try {
                        remember(mac, stamp, answer(host, mac, parts, now), noEventYet, now);
                        cached[0]++;
                    } catch (RuntimeException e) {
                        // left to the request, which answers (and reports) it from the database as before
                        LOG.debug("boot answer of {} not cached at start: {}", host, e.getMessage());
                    }
                }
            });
            return cached[0];
        });
    }

    /** How many per-host script requests were answered from the database so far (not from memory). */
    public long answeredFromDatabase() {
        return fromDatabase.sum();
    }

    /**
     * How many per-host script requests repeated the host's current answer within
     * {@link HostAnswers#REPEAT_EVENT_AFTER} of its last boot event, and so recorded none.
     */
    public long repeatsWithoutEvent() {
        return repeatsWithoutEvent.sum();
    }

    /**
     * How many installer-file requests were answered from the database so far: not rendered ahead with the host's
     * install script (asked for before it, after a change, or beyond {@link #INSTALLER_FILES_KEPT}), or refused.
     */
    public long installerFilesFromDatabase() {
        return installerFilesFromDatabase.sum();
    }

    /** How many MACs have an answer in memory, current or not. */
    public int cachedAnswers() {
        return answers.size();
    }

    /**
     * Everything one host's install is rendered from; the host must have a profile and a planned address.
     * {@code bootMac} is the NIC iPXE booted from (any port of a bond).
     */
    private InstallRequest installRequest(Parts parts, BootHost host, Mac bootMac, Token token) {
        StoredProfile profile = parts.profile(host.profileId()
                .orElseThrow(() -> new IllegalStateException("host " + host + " is armed for an install but has no profile")))
                .orElseThrow(() -> new IllegalStateException("the profile of host " + host + " was removed"));
        BootNetwork network = network(parts, host).network();
        Ipv6Address address = host.address()
                .orElseThrow(() -> new IllegalStateException("host " + host + " has no planned address"));
        HostNetwork hostNetwork = HostNetwork.on(network, host.hostname(), host.link(), profile.profile().addressing(),
                address);
        return new InstallRequest(network, host, bootMac, hostNetwork, profile.profile(), token);
    }

    /**
     * One of the host's installer files, by its install token: served while the token is live (until the install
     * reports done or the token expires), and only the file of the host's own OS family.
     */
    public BootReply installerFile(InstallerFile file, String tokenParam, String remote) {
        Token token;
        try {
            token = Token.parse(tokenParam);
        } catch (InvalidValueException e) {
            LOG.warn("{} request from {} refused: {}", file.label(), remote, e.getMessage());
            return BootReply.error(404, "unknown token");
        }
        Instant now = clock.instant();
        long nanoTime = System.nanoTime();
        InstallerFileKey key = new InstallerFileKey(token, file);
        HostAnswers.Entry cached = installerAnswers.lookup(key, now);
        if (cached != null) {
            HostAnswer answer = cached.answer;
            if (cached.claimEvent(nanoTime)) {
                eventWriter.record(answer.hostId, now, answer.eventKind, answer.eventDetail, remote);
            }
            return answer.reply;
        }
        installerFilesFromDatabase.increment();
        long stamp = watcher.freshValue();
        HostAnswer answer = db.read(c -> installerFile(c, file, token, now, remote));
        if (answer.hostId == null) {
            return answer.reply;
        }
        eventWriter.record(answer.hostId, now, answer.eventKind, answer.eventDetail, remote);
        if (stamp >= 0) {
            installerAnswers.store(key, stamp, answer, nanoTime, now);
        }
        return answer.reply;
    }

    /** The installer file from the database; a refusal has no host. Reads only: the event is written by the caller. */
    private HostAnswer installerFile(Connection c, InstallerFile file, Token token, Instant now, String remote)
            throws SQLException {
        TokenRepository.TokenStatus found = tokens.lookup(c, token, now);
        switch (found.verdict()) {
            case UNKNOWN:
                LOG.warn("{} request from {} with unknown token {}", file.label(), remote, token);
                return refusal(BootReply.error(404, "unknown token"));
            case USED:
                LOG.warn("{} request from {} with the used token {} of host id {}", file.label(), remote, token,
                        found.hostId().get());
                return refusal(BootReply.error(410, "token already used: the install reported done"));
            case EXPIRED:
                LOG.warn("{} request from {} with the expired token {} of host id {}", file.label(), remote, token,
                        found.hostId().get());
                return refusal(BootReply.error(410, "token expired"));
            default:
                break;
        }
        if (!HostService.PURPOSE_INSTALL.equals(found.purpose())) {
            LOG.warn("{} request from {} with a {} token", file.label(), remote, found.purpose());
            return refusal(BootReply.error(404, "unknown token"));
        }
        BootHost host = hosts.findById(c, found.hostId().get())
                .orElseThrow(() -> new IllegalStateException("live token of a removed host"));
        InstallRequest install = installRequest(fromDatabase(c, now), host, host.mac(), token);
        if (install.profile().release().family() != file.family()) {
            LOG.warn("{} request from {} for host {}, which installs {}", file.label(), remote, host,
                    install.profile().release());
            return refusal(BootReply.error(404, "host " + host.hostname() + " installs " + install.profile().release()
                    + ", which has no " + file.label()));
        }
        return installerFileAnswer(host.id(), file, BootReply.script(render(file, install)), found.expires());
    }

    private static HostAnswer refusal(BootReply reply) {
        return new HostAnswer(reply, null, null, null, Instant.MAX);
    }

    /** What a previewed file shows where the host's token would be. */
    public static final String TOKEN_MASK = "********";

    /**
     * The files the host would be served right now, for an operator to review: its iPXE script and, when it is armed
     * for an install, its installer files. The live token is never read; its place shows {@link #TOKEN_MASK}.
     */
    public Map<String, String> preview(BootHost host) {
        Instant now = clock.instant();
        Token placeholder = Token.generate();
        Map<String, String> files = new LinkedHashMap<>();
        db.read(c -> {
            Parts parts = fromDatabase(c, now);
            Optional<String> armedFor = host.state() == HostState.PROVISIONING
                    ? parts.liveToken(host.id()).map(TokenRepository.LiveToken::purpose) : Optional.empty();
            if (armedFor.isEmpty()) {
                files.put("host.ipxe", ipxe.localBoot(host));
            } else if (HostService.PURPOSE_PROBE.equals(armedFor.get())) {
                files.put("host.ipxe", ipxe.probe(host, network(parts, host).network().bootBaseUrl(), placeholder));
            } else {
                InstallRequest install = installRequest(parts, host, host.mac(), placeholder);
                files.put("host.ipxe", ipxe.install(install));
                for (InstallerFile file : InstallerFile.values()) {
                    if (file.family() == install.profile().release().family() && file != InstallerFile.AUTOINSTALL_VENDOR_DATA) {
                        files.put(file.fileName(), PreviewMask.apply(render(file, install), install, TOKEN_MASK));
                    }
                }
            }
            return null;
        });
        files.replaceAll((name, content) -> content.replace(placeholder.value(), TOKEN_MASK));
        return files;
    }

    private String render(InstallerFile file, InstallRequest install) {
        switch (file) {
            case PRESEED:
                return preseed.render(install);
            case AUTOINSTALL_USER_DATA:
                return autoinstall.userData(install);
            case AUTOINSTALL_META_DATA:
                return autoinstall.metaData(install);
            case AUTOINSTALL_VENDOR_DATA:
                return "";
            case KICKSTART:
                return kickstart.render(install);
            default:
                throw new IllegalStateException("no renderer for " + file);
        }
    }

    public BootReply done(String tokenParam, String remote) {
        Token token;
        try {
            token = Token.parse(tokenParam);
        } catch (InvalidValueException e) {
            LOG.warn("done callback from {} refused: {}", remote, e.getMessage());
            return BootReply.error(404, "unknown token");
        }
        Instant now = clock.instant();
        eventWriter.flush();
        DoneCallback callback = db.inTransaction(c -> {
            TokenRepository.TokenStatus result = tokens.consume(c, token, now);
            switch (result.verdict()) {
                case UNKNOWN:
                    LOG.warn("done callback from {} with unknown token {}", remote, token);
                    return new DoneCallback(BootReply.error(404, "unknown token"));
                case USED:
                    LOG.warn("done callback from {} reused token {} of host id {}", remote, token, result.hostId().get());
                    return new DoneCallback(BootReply.error(410, "token already used"));
                case EXPIRED:
                    LOG.warn("done callback from {} with expired token {} of host id {}", remote, token,
                            result.hostId().get());
                    return new DoneCallback(BootReply.error(410, "token expired"));
                default:
                    break;
            }
            long hostId = result.hostId().get();
            BootHost host = hosts.findById(c, hostId)
                    .orElseThrow(() -> new IllegalStateException("token of a removed host " + hostId));
            if (!hosts.transition(c, hostId, HostState.PROVISIONING, HostState.DONE, now)) {
                throw new IllegalStateException("host " + host + " holds a live token but is not PROVISIONING");
            }
            events.record(c, hostId, now, "done", "reported done with its token", remote);
            long seq = changes.bumpHost(c, hostId);
            LOG.info("host {} reported done from {}", host, remote);
            return new DoneCallback(hostId, seq, BootReply.script(ipxe.done(host)));
        });
        if (callback.hostId == null) {
            return callback.reply;
        }
        // committed: this server must not answer the host's next request with its cached probe, and the host hears
        // back only once every other server has seen the change too (as the API waits for it)
        watcher.changedHere(callback.hostId, callback.seq);
        return callback.reply.notBefore(System.nanoTime() + watcher.fence().toNanos());
    }

    /** What a done callback answered, and which change of which host it committed (none when refused). */
    private static final class DoneCallback {
        final Long hostId;
        final long seq;
        final BootReply reply;

        DoneCallback(BootReply refusal) {
            this(null, -1, refusal);
        }

        DoneCallback(Long hostId, long seq, BootReply reply) {
            this.hostId = hostId;
            this.seq = seq;
            this.reply = reply;
        }
    }

    private static Optional<SmbiosUuid> parseUuid(String uuidParam, String remote) {
        if (uuidParam == null || uuidParam.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SmbiosUuid.parse(uuidParam));
        } catch (InvalidValueException e) {
            // firmware with a broken SMBIOS table must still boot: the MAC decides
            LOG.info("ignoring malformed uuid {} from {}", Printable.of(uuidParam), remote);
            return Optional.empty();
        }
    }
}
