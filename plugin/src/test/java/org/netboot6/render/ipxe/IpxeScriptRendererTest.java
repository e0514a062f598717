package org.netboot6.render.ipxe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.Token;

class IpxeScriptRendererTest {
    private final IpxeScriptRenderer ipxe = new IpxeScriptRenderer();
    private final BootHost host = new BootHost(7, "u", 1, Mac.parse("00:00:5e:00:53:01"), Hostname.parse("node-01"), null,
            HostState.PROVISIONING);

    @Test
    void genericScriptChainsByMacAndUuidAndFallsBackToDisk() {
        String s = ipxe.generic("http://[2001:db8::2]:8080/netboot6");
        assertThat(s).startsWith("#!ipxe\n").contains(
                "chain --autofree http://[2001:db8::2]:8080/netboot6/host?mac=${netX/mac:hexhyp}&uuid=${uuid} || goto unreachable\n",
                ":unreachable\n").endsWith("exit\n");
    }

    @Test
    void probeCallsBackWithTheToken() {
        Token token = Token.generate();
        String s = ipxe.probe(host, "http://[2001:db8::2]:8080/netboot6", token);
        assertThat(s).startsWith("#!ipxe\n")
                .contains("chain --autofree http://[2001:db8::2]:8080/netboot6/done/" + token.value() + "\n");
    }

    @Test
    void unknownAndLocalBootExit() {
        assertThat(ipxe.unknownHost(Mac.parse("00:00:5e:00:53:09")))
                .contains("no host is registered with MAC 00:00:5e:00:53:09").endsWith("exit\n");
        assertThat(ipxe.localBoot(host)).contains("node-01").endsWith("exit\n");
    }
}
