package org.netboot6.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootUrl;
import org.netboot6.model.DomainName;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.Mac;
import org.netboot6.model.OsRelease;
import org.netboot6.model.SshPublicKey;
import org.netboot6.service.BootService;
import org.netboot6.service.Netboot6Services;
import org.netboot6.service.NewHost;
import org.netboot6.store.StoredNetwork;
import org.netboot6.store.StoredProfile;
import org.netboot6.testdb.ScratchDatabase;

/** An armed install end to end over HTTP: per-host iPXE script, the host's own installer file, the callback. */
class InstallFlowIT {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGp0c8c9f0Y3Jm3mO7c0bJv7b2h3kq0Qf8gk9w3Jm3mO ops@example";
    private static final Pattern TOKEN = Pattern.compile("/preseed/([A-Za-z0-9_-]{43})");

    private static ScratchDatabase db;
    private static Netboot6Services services;
    private static BootHttpServer server;
    private static StoredNetwork network;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        db = ScratchDatabase.create("install");
        services = new Netboot6Services(db.dataSource(), Clock.systemUTC(), "http://[::1]/netboot6");
        services.migrate();
        services.startCaching();
        server = new BootHttpServer(new InetSocketAddress(InetAddress.getByName("::1"), 0), 4, services.boot(),
                AccessLog.toLog4j());
        server.start();
        base = "http://[::1]:" + server.address().getPort() + "/netboot6";
        network = services.networks().create(BootNetwork.builder().name("rack1").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("2001:db8:0:1::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).dnsServer(Ipv6Address.parse("2001:db8:0:1::53"))
                .searchDomain(DomainName.parse("d", "rack1.example")).build());
    }

    @AfterAll
    static void stop() {
        server.close();
        services.close();
        db.close();
    }

    private static StoredProfile profile(String name, OsRelease release) {
        InstallProfile.Builder b = InstallProfile.builder().name(name).release(release).addressing(AddressingMode.STATIC)
                .kernelUrl(BootUrl.parse("k", "http://[2001:db8:0:1::2]:8080/images/linux"))
                .initrdUrl(BootUrl.parse("i", "http://[2001:db8:0:1::2]:8080/images/initrd.gz"))
                .mirror(BootUrl.parse("m", "http://deb.mirror.example/debian"))
                .account(LoginAccount.of("ops", List.of(SshPublicKey.parse("k", KEY)), null));
        return services.profiles().create(b.build());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private BootHost host(String name, String profileUuid, String... macs) {
        NewHost spec = new NewHost();
        spec.networkUuid = network.uuid();
        for (String m : macs) {
            spec.macs.add(Mac.parse(m));
        }
        spec.bondMode = macs.length > 1 ? BondMode.LACP : null;
        spec.hostname = Hostname.parse(name);
        spec.profileUuid = profileUuid;
        return services.hosts().add(spec);
    }

    @Test
    void debianInstallServesTheHostsOwnPreseedUntilItReportsDone() throws Exception {
        StoredProfile debian = profile("debian12", OsRelease.DEBIAN_12);
        BootHost host = host("db-01", debian.uuid(), "00:00:5e:00:53:a1", "00:00:5e:00:53:a2");
        assertThat(host.address()).isPresent();
        assertThat(network.network().prefix().contains(host.address().get())).isTrue();
        services.hosts().provision(host.uuid(), null, false, Duration.ofHours(1));

        // iPXE may boot from either bond port
        String script = get("/host?mac=00-00-5e-00-53-a2").body();
        assertThat(script).startsWith("#!ipxe\n").contains("kernel http://[2001:db8:0:1::2]:8080/images/linux",
                "initrd --name initrd http://[2001:db8:0:1::2]:8080/images/initrd.gz", "boot");
        Matcher m = TOKEN.matcher(script);
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        long fromDatabase = services.boot().installerFilesFromDatabase();
        HttpResponse<String> preseed = get("/preseed/" + token);
        assertThat(preseed.statusCode()).isEqualTo(200);
        assertThat(preseed.body()).contains("d-i netcfg/hostname string db-01", "/done/" + token);
        assertThat(services.boot().installerFilesFromDatabase()).as("rendered with the script, served from memory")
                .isEqualTo(fromDatabase);
        assertThat(preseed.body().replace(token, BootService.TOKEN_MASK))
                .isEqualTo(services.boot().preview(services.hosts().get(host.uuid())).get("preseed.cfg"));
        assertThat(get("/kickstart/" + token).statusCode()).as("not this host's OS family").isEqualTo(404);
        assertThat(get("/autoinstall/" + token + "/user-data").statusCode()).isEqualTo(404);

        assertThat(get("/done/" + token).statusCode()).isEqualTo(200);
        assertThat(services.hosts().get(host.uuid()).state()).isEqualTo(HostState.DONE);
        HttpResponse<String> after = get("/preseed/" + token);
        assertThat(after.statusCode()).isEqualTo(410);
        assertThat(after.body()).contains("token already used");
        services.flushBootEvents();
        assertThat(services.hosts().timeline(host.id())).extracting(e -> e.kind())
                .containsSubsequence("armed", "boot-script", "installer-file", "done");
    }

    @Test
    void reArmingRetiresTheOldTokensFilesAndAPreseedBeforeItsScriptComesFromTheDatabase() throws Exception {
        StoredProfile debian = profile("debian12-r", OsRelease.DEBIAN_12);
        BootHost host = host("rearm-1", debian.uuid(), "00:00:5e:00:53:e1");
        services.hosts().provision(host.uuid(), null, false, Duration.ofHours(1));
        Matcher first = TOKEN.matcher(get("/host?mac=00:00:5e:00:53:e1").body());
        assertThat(first.find()).isTrue();
        assertThat(get("/preseed/" + first.group(1)).statusCode()).isEqualTo(200);

        services.hosts().provision(host.uuid(), null, false, Duration.ofHours(1));
        assertThat(get("/preseed/" + first.group(1)).statusCode()).as("the old token, though its file was in memory")
                .isIn(404, 410);
        // the new token's preseed before the host fetched its new script: read from the database, same content
        String newToken = tokenOf(host);
        long fromDatabase = services.boot().installerFilesFromDatabase();
        HttpResponse<String> preseed = get("/preseed/" + newToken);
        assertThat(preseed.statusCode()).isEqualTo(200);
        assertThat(preseed.body()).contains("/done/" + newToken);
        assertThat(services.boot().installerFilesFromDatabase()).isEqualTo(fromDatabase + 1);
        Matcher second = TOKEN.matcher(get("/host?mac=00:00:5e:00:53:e1").body());
        assertThat(second.find()).isTrue();
        assertThat(second.group(1)).isEqualTo(newToken);
        assertThat(get("/preseed/" + newToken).body()).isEqualTo(preseed.body());
    }

    /** The host's live install token, as the database holds it. */
    private static String tokenOf(BootHost host) throws Exception {
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "SELECT token FROM netboot6_token WHERE host_id = ? AND used IS NULL ORDER BY created DESC LIMIT 1")) {
            ps.setLong(1, host.id());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    @Test
    void oneHostsTokenNeverReadsAnotherHostsFile() throws Exception {
        StoredProfile debian = profile("debian12-b", OsRelease.DEBIAN_12);
        BootHost a = host("iso-a", debian.uuid(), "00:00:5e:00:53:b1");
        BootHost b = host("iso-b", debian.uuid(), "00:00:5e:00:53:b2");
        services.hosts().provision(a.uuid(), null, false, Duration.ofHours(1));
        services.hosts().provision(b.uuid(), null, false, Duration.ofHours(1));
        Matcher ma = TOKEN.matcher(get("/host?mac=00:00:5e:00:53:b1").body());
        Matcher mb = TOKEN.matcher(get("/host?mac=00:00:5e:00:53:b2").body());
        assertThat(ma.find() && mb.find()).isTrue();
        assertThat(get("/preseed/" + ma.group(1)).body()).contains("iso-a").doesNotContain("iso-b");
        assertThat(get("/preseed/" + mb.group(1)).body()).contains("iso-b").doesNotContain("iso-a");
        assertThat(get("/preseed/" + "B".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(a.address()).isNotEqualTo(b.address());
    }

    @Test
    void aProbeTokenIsNoInstallToken() throws Exception {
        BootHost host = host("probe-1", null, "00:00:5e:00:53:c1");
        services.hosts().provision(host.uuid(), null, true, Duration.ofHours(1));
        Matcher m = Pattern.compile("/done/([A-Za-z0-9_-]{43})").matcher(get("/host?mac=00:00:5e:00:53:c1").body());
        assertThat(m.find()).isTrue();
        assertThat(get("/preseed/" + m.group(1)).statusCode()).isEqualTo(404);
    }

    @Test
    void previewShowsTheArmedInstallsFilesWithTheTokenMasked() throws Exception {
        StoredProfile debian = profile("debian12-c", OsRelease.DEBIAN_12);
        BootHost host = host("preview-1", debian.uuid(), "00:00:5e:00:53:d1");
        assertThat(services.boot().preview(services.hosts().get(host.uuid()))).containsOnlyKeys("host.ipxe")
                .extractingByKey("host.ipxe").asString().contains("nothing armed");
        services.hosts().provision(host.uuid(), null, false, Duration.ofHours(1));
        java.util.Map<String, String> files = services.boot().preview(services.hosts().get(host.uuid()));
        assertThat(files).containsOnlyKeys("host.ipxe", "preseed.cfg");
        assertThat(files.get("host.ipxe")).contains("preseed/url=http://[2001:db8:0:1::2]:8080/netboot6/preseed/********");
        assertThat(files.get("preseed.cfg")).contains("/done/********").contains("d-i netcfg/hostname string preview-1");
        assertThat(String.join("", files.values())).doesNotContainPattern("/(done|preseed)/[A-Za-z0-9_-]{43}");

        services.hosts().provision(host.uuid(), null, true, Duration.ofHours(1));
        assertThat(services.boot().preview(services.hosts().get(host.uuid()))).containsOnlyKeys("host.ipxe")
                .extractingByKey("host.ipxe").asString().contains("/done/********");
    }

    @Test
    void loadersAreServedByNameOnly() throws Exception {
        HttpResponse<byte[]> efi = http.send(HttpRequest.newBuilder(URI.create(base + "/loaders/ipxe.efi")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(efi.statusCode()).isEqualTo(200);
        assertThat(efi.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(efi.body()).startsWith('M', 'Z');
        assertThat(get("/loaders/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        assertThat(get("/loaders/vmlinuz").statusCode()).isEqualTo(404);
    }
}
