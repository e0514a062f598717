package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.Netboot6Settings.DhcpBackend;
import org.netboot6.cloudstack.api.response.NetbootConfigFileResponse;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.render.dhcp.TestNetworks;

class HostConfigFilesTest {
    private final BootNetwork network = TestNetworks.rack1().build();

    private static BootHost host(HostState state) {
        return BootHost.builder().id(1).uuid("c0ffee00-0000-4000-8000-000000000003").networkId(1)
                .mac(Mac.parse("52:54:00:12:34:56")).hostname(Hostname.parse("node1")).state(state).build();
    }

    private static List<String> names(List<NetbootConfigFileResponse> files) {
        return files.stream().map(NetbootConfigFileResponse::getName).collect(Collectors.toList());
    }

    @Test
    void aHostSeesItsScriptAndItsNetworksDaemonConfigs() {
        List<NetbootConfigFileResponse> files = new HostConfigFiles().render(host(HostState.READY), network, DhcpBackend.KEA);

        assertThat(names(files)).containsExactly("host.ipxe", "radvd.conf", "kea-dhcp6.conf");
        assertThat(files.get(0).getContent()).contains("booting from local disk");
        assertThat(files.get(1).getContent()).contains("interface " + network.interfaceName());
        assertThat(files.get(2).getContent()).contains("\"Dhcp6\"");
    }

    @Test
    void anArmedHostsTokenIsMasked() {
        String script = new HostConfigFiles().render(host(HostState.PROVISIONING), network, DhcpBackend.KEA).get(0)
                .getContent();

        assertThat(script).contains("/done/" + HostConfigFiles.MASK);
        assertThat(script).doesNotContainPattern("/done/[A-Za-z0-9_-]{43}");
    }

    @Test
    void anArmedHostWithAProfileIsNotShownAProbeScript() {
        BootHost armed = host(HostState.PROVISIONING).toBuilder().profileId(7L).build();

        String script = new HostConfigFiles().render(armed, network, DhcpBackend.KEA).get(0).getContent();

        assertThat(script).contains("is armed").doesNotContain("/done/");
    }

    @Test
    void theDhcpServerIsTheConfiguredBackend() {
        assertThat(names(new HostConfigFiles().render(host(HostState.READY), network, DhcpBackend.ISC)))
                .contains("dhcpd6.conf");
        assertThat(names(new HostConfigFiles().render(host(HostState.READY), network, DhcpBackend.DNSMASQ)))
                .contains("dnsmasq.conf");
    }
}
