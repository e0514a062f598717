package org.netboot6.lab;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import com.cloud.vm.VirtualMachineManager;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.cloudstack.api.command.AddNetbootHostCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.ListNetbootHostsCmd;
import org.netboot6.cloudstack.api.command.ProvisionNetbootHostCmd;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;
import org.netboot6.cloudstack.harness.ApiCommandRunner;

/**
 * The lab drives netboot6 the way an operator does with CloudMonkey: API commands with string parameters, executed
 * by the same dispatcher steps CloudStack uses ({@link ApiCommandRunner}), against the plugin's real manager.
 * Each call goes into the timeline as the equivalent {@code cmk} line.
 */
final class LabApi {
    private final ApiCommandRunner api;
    private final Timeline timeline;

    LabApi(Netboot6Manager manager, Timeline timeline) {
        this.api = new ApiCommandRunner().with(Netboot6Manager.class, manager)
                .with(OutOfBandManagementService.class, absent(OutOfBandManagementService.class))
                .with(VirtualMachineManager.class, absent(VirtualMachineManager.class));
        this.timeline = timeline;
    }

    /** The lab has no CloudStack around the plugin: it powers its VMs on itself and never asks CloudStack to. */
    private static <T> T absent(Class<T> service) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "absent " + service.getSimpleName() : null;
            }
            throw new UnsupportedOperationException("the lab has no " + service.getSimpleName() + " (" + method.getName() + ")");
        }));
    }

    private <R> R call(String cmk, Class<? extends org.apache.cloudstack.api.BaseCmd> command, Class<R> response,
            Map<String, String> params) {
        timeline.add("api", "cmk " + cmk + " " + params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + (e.getKey().equals("sshkeys") ? "\"ssh-ed25519 ...\"" : e.getValue()))
                .collect(Collectors.joining(" ")));
        return api.execute(command, params, response);
    }

    NetbootNetworkResponse createNetwork(Map<String, String> params) {
        return call("create netbootnetwork", CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, params);
    }

    NetbootProfileResponse createProfile(Map<String, String> params) {
        return call("create netbootprofile", CreateNetbootProfileCmd.class, NetbootProfileResponse.class, params);
    }

    NetbootHostResponse addHost(Map<String, String> params) {
        return call("add netboothost", AddNetbootHostCmd.class, NetbootHostResponse.class, params);
    }

    /** Arms the host; the lab powers the VM on itself, so CloudStack is not asked to restart anything. */
    void provision(String hostId, boolean probe) {
        Map<String, String> p = new HashMap<>(Map.of("id", hostId, "reboot", "false"));
        if (probe) {
            p.put("probe", "true");
        }
        call("provision netboothost", ProvisionNetbootHostCmd.class, Object.class, p);
    }

    /** The host's state as listNetbootHosts reports it (not logged: the lab polls it). */
    @SuppressWarnings("unchecked")
    String state(String hostId) {
        ListResponse<NetbootHostResponse> r = api.execute(ListNetbootHostsCmd.class, Map.of("id", hostId), ListResponse.class);
        return r.getResponses().get(0).getState();
    }
}
