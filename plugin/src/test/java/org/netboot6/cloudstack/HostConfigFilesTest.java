package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
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
import org.netboot6.service.BootService;

/** The response assembly; what the boot service previews is tested against MariaDB in InstallFlowIT. */
class HostConfigFilesTest {
    private final BootNetwork network = TestNetworks.rack1().build();
    private final BootService boot = mock(BootService.class);

    private HostConfigFiles files() {
        when(boot.preview(any())).thenReturn(Map.of("host.ipxe", "#!ipxe\necho netboot6: booting from local disk\nexit\n"));
        return new HostConfigFiles(boot);
    }

    private static BootHost host(HostState state) {
        return BootHost.builder().id(1).uuid("c0ffee00-0000-4000-8000-000000000003").networkId(1)
                .mac(Mac.parse("52:54:00:12:34:56")).hostname(Hostname.parse("node1")).state(state).build();
    }

    private static List<String> names(List<NetbootConfigFileResponse> files) {
        return files.stream().map(NetbootConfigFileResponse::getName).collect(Collectors.toList());
    }

    @Test
    void aHostSeesItsScriptAndItsNetworksDaemonConfigs() {
        List<NetbootConfigFileResponse> files = files().render(host(HostState.READY), network, DhcpBackend.KEA);

        assertThat(names(files)).containsExactly("host.ipxe", "radvd.conf", "kea-dhcp6.conf");
        assertThat(files.get(0).getContent()).contains("booting from local disk");
        assertThat(files.get(1).getContent()).contains("interface " + network.interfaceName());
        assertThat(files.get(2).getContent()).contains("\"Dhcp6\"");
    }

    @Test
    void theDhcpServerIsTheConfiguredBackend() {
        assertThat(names(files().render(host(HostState.READY), network, DhcpBackend.ISC)))
                .contains("dhcpd6.conf");
        assertThat(names(files().render(host(HostState.READY), network, DhcpBackend.DNSMASQ)))
                .contains("dnsmasq.conf");
    }
}
