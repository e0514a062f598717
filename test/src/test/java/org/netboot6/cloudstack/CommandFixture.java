package org.netboot6.cloudstack;

import static org.mockito.Mockito.mock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import org.netboot6.cloudstack.Netboot6Settings.DhcpBackend;
import org.netboot6.cloudstack.api.command.AddNetbootHostCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootProfileCmd;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;
import org.netboot6.cloudstack.harness.ApiCommandRunner;
import org.netboot6.testdb.ScratchDatabase;

import com.cloud.utils.db.EntityManager;
import com.cloud.vm.VirtualMachineManager;

/**
 * The plugin's manager over a scratch MariaDB, configured (so migrated) as CloudStack configures it, and a command
 * runner with Mockito doubles of the CloudStack services the commands use.
 */
final class CommandFixture implements AutoCloseable {
    static final String PASSWORD_HASH = "$6$saltsalt$" + "A".repeat(86);
    static final String SSH_KEY = "ssh-ed25519 " + ed25519Blob() + " ops@example";

    final ScratchDatabase db;
    final Netboot6ManagerImpl manager;
    final OutOfBandManagementService outOfBand = mock(OutOfBandManagementService.class);
    final VirtualMachineManager vms = mock(VirtualMachineManager.class);
    final EntityManager entities = mock(EntityManager.class);
    final ApiCommandRunner api;

    CommandFixture(String purpose) throws Exception {
        db = ScratchDatabase.create(purpose);
        Netboot6Settings settings = new Netboot6Settings("::1", 8281, "http://[2001:db8:0:1::2]:8281/netboot6", 4,
                Duration.ofHours(1), DhcpBackend.KEA);
        manager = new Netboot6ManagerImpl(db.dataSource(), () -> settings, Clock.systemUTC());
        manager.configure("netboot6Manager", new HashMap<>());
        api = new ApiCommandRunner().with(Netboot6Manager.class, manager)
                .with(OutOfBandManagementService.class, outOfBand)
                .with(VirtualMachineManager.class, vms)
                .with(EntityManager.class, entities);
    }

    <R> R call(Class<? extends BaseCmd> command, Class<R> response, String... keyValues) {
        return api.execute(command, params(keyValues), response);
    }

    static Map<String, String> params(String... keyValues) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    /** Each network name gets its own /64 (no two boot networks share a prefix): 2001:db8:0:N::/64. */
    private static final Map<String, Integer> SUBNETS = new java.util.concurrent.ConcurrentHashMap<>();

    static String[] networkParams(String name) {
        String net = "2001:db8:0:" + Integer.toHexString(SUBNETS.computeIfAbsent(name, n -> SUBNETS.size() + 1));
        return new String[] {"name", name, "interfacename", "br0", "prefix", net + "::/64",
            "router", "fe80::1", "bootserver", net + "::2", "dnsservers", net + "::53"};
    }

    NetbootNetworkResponse network(String name) {
        return call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, networkParams(name));
    }

    static String[] profileParams(String name) {
        return new String[] {"name", name, "release", "debian-12",
            "kernelurl", "http://[2001:db8:0:1::2]/d-i/linux", "initrdurl", "http://[2001:db8:0:1::2]/d-i/initrd.gz",
            "mirror", "http://deb.example/debian", "sshkeys", SSH_KEY, "passwordhash", PASSWORD_HASH};
    }

    NetbootProfileResponse profile(String name) {
        return call(CreateNetbootProfileCmd.class, NetbootProfileResponse.class, profileParams(name));
    }

    NetbootHostResponse host(String networkId, String hostname, String mac, String... more) {
        String[] base = {"networkid", networkId, "hostname", hostname, "macaddresses", mac};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return call(AddNetbootHostCmd.class, NetbootHostResponse.class, all);
    }

    /** A syntactically valid ed25519 public key blob (type string, then 32 key bytes). */
    private static String ed25519Blob() {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(4 + type.length + 4 + 32);
        b.putInt(type.length).put(type).putInt(32).put(new byte[32]);
        return Base64.getEncoder().encodeToString(b.array());
    }

    @Override
    public void close() {
        manager.stop();
        db.close();
    }
}
