package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.netboot6.cloudstack.ApiAssertions.paramError;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.harness.ApiCommandRunner;

import com.cloud.utils.db.EntityManager;
import com.cloud.vm.VirtualMachineManager;

/** Every required parameter of every command, left out, is refused with PARAM_ERROR naming it (no database needed). */
class RequiredParametersTest {
    /** The required parameters of each command: the public contract, written out. */
    private static final Map<String, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry("createNetbootNetwork", Set.of("name", "interfacename", "prefix", "router", "bootserver")),
            Map.entry("listNetbootNetworks", Set.of()),
            Map.entry("updateNetbootNetwork", Set.of("id")),
            Map.entry("deleteNetbootNetwork", Set.of("id")),
            Map.entry("createNetbootProfile", Set.of("name", "release", "kernelurl", "initrdurl", "mirror")),
            Map.entry("listNetbootProfiles", Set.of()),
            Map.entry("deleteNetbootProfile", Set.of("id")),
            Map.entry("addNetbootHost", Set.of("networkid", "hostname", "macaddresses")),
            Map.entry("listNetbootHosts", Set.of()),
            Map.entry("updateNetbootHost", Set.of("id")),
            Map.entry("removeNetbootHost", Set.of("id")),
            Map.entry("provisionNetbootHost", Set.of("id")),
            Map.entry("cancelNetbootHostProvisioning", Set.of("id")),
            Map.entry("getNetbootHostConfig", Set.of("id")));

    private final ApiCommandRunner api = new ApiCommandRunner()
            .with(Netboot6Manager.class, mock(Netboot6Manager.class))
            .with(OutOfBandManagementService.class, mock(OutOfBandManagementService.class))
            .with(VirtualMachineManager.class, mock(VirtualMachineManager.class))
            .with(EntityManager.class, mock(EntityManager.class));

    @Test
    void theRequiredParametersAreTheContract() {
        Map<String, Set<String>> actual = new HashMap<>();
        for (Class<?> command : Netboot6ManagerImpl.COMMANDS) {
            actual.put(command.getAnnotation(APICommand.class).name(), required(command));
        }
        assertThat(actual).isEqualTo(REQUIRED);
    }

    @Test
    void eachMissingRequiredParameterIsNamed() {
        int checked = 0;
        for (Class<?> type : Netboot6ManagerImpl.COMMANDS) {
            @SuppressWarnings("unchecked")
            Class<? extends BaseCmd> command = (Class<? extends BaseCmd>) type;
            String name = command.getAnnotation(APICommand.class).name();
            for (String missing : required(command)) {
                Map<String, String> params = new HashMap<>();
                for (String p : required(command)) {
                    params.put(p, "x");
                }
                params.remove(missing);
                paramError(() -> api.execute(command, params), "Unable to execute API command " + name.toLowerCase()
                        + " due to missing parameter " + missing);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(REQUIRED.values().stream().mapToInt(Set::size).sum());
    }

    private static Set<String> required(Class<?> command) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = command; c != BaseCmd.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null && p.required()) {
                    names.add(p.name());
                }
            }
        }
        return names;
    }
}
