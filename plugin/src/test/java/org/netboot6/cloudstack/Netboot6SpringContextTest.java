package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.BaseCmd.CommandType;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.GenericXmlApplicationContext;

import com.cloud.serializer.Param;
import com.cloud.utils.component.PluggableService;
import com.cloud.utils.db.EntityManager;
import com.cloud.vm.VirtualMachineManager;
import com.google.gson.annotations.SerializedName;

/**
 * The module loads as CloudStack loads it: module.properties names it, its context XML is a child of a parent holding
 * the core beans (here Mockito stand-ins), and every command's injected fields resolve in it.
 */
class Netboot6SpringContextTest {
    static final List<String> API_NAMES = List.of("createNetbootNetwork", "listNetbootNetworks", "updateNetbootNetwork",
            "deleteNetbootNetwork", "createNetbootProfile", "listNetbootProfiles", "deleteNetbootProfile",
            "addNetbootHost", "listNetbootHosts", "updateNetbootHost", "removeNetbootHost", "provisionNetbootHost",
            "cancelNetbootHostProvisioning", "getNetbootHostConfig");

    private GenericApplicationContext core;
    private GenericXmlApplicationContext module;

    @BeforeEach
    void load() {
        core = new GenericApplicationContext();
        core.registerBean(OutOfBandManagementService.class, () -> mock(OutOfBandManagementService.class));
        core.registerBean(VirtualMachineManager.class, () -> mock(VirtualMachineManager.class));
        core.registerBean(EntityManager.class, () -> mock(EntityManager.class));
        core.refresh();
        module = new GenericXmlApplicationContext();
        module.setParent(core);
        // CloudStack's bootstrap module turns annotation-config on for every module below it
        AnnotationConfigUtils.registerAnnotationConfigProcessors(module);
        module.load("classpath:META-INF/cloudstack/netboot6/spring-netboot6-context.xml");
        module.refresh();
    }

    @AfterEach
    void close() {
        module.close();
        core.close();
    }

    @Test
    void moduleIsNamedNetboot6UnderCore() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/cloudstack/netboot6/module.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("name")).isEqualTo("netboot6");
        assertThat(p.getProperty("parent")).isEqualTo("core");
    }

    @Test
    void theManagerIsAPluggableServiceListingEveryCommand() {
        PluggableService service = module.getBean(PluggableService.class);

        assertThat(service).isInstanceOf(Netboot6ManagerImpl.class);
        assertThat(service.getCommands()).hasSize(API_NAMES.size());
        assertThat(service.getCommands().stream().map(c -> c.getAnnotation(APICommand.class).name())
                .collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(API_NAMES);
    }

    @Test
    void theManagerUsesCloudStacksPoolAndCanBeBuiltAsCloudStackBuildsManagers() throws Exception {
        Netboot6ManagerImpl manager = module.getBean(Netboot6ManagerImpl.class);
        Field ds = Netboot6ManagerImpl.class.getDeclaredField("dataSource");
        ds.setAccessible(true);

        assertThat(ds.get(manager)).isInstanceOf(CloudStackDataSource.class).isSameAs(module.getBean(DataSource.class));
        // ComponentInstantiationPostProcessor creates managers as CGLIB subclasses with the no-argument constructor
        assertThat(Modifier.isFinal(Netboot6ManagerImpl.class.getModifiers())).isFalse();
        assertThat(Netboot6ManagerImpl.class.getConstructor()).isNotNull();
    }

    @Test
    void everyCommandCarriesACompleteApiCommand() {
        for (Class<?> command : module.getBean(PluggableService.class).getCommands()) {
            APICommand api = command.getAnnotation(APICommand.class);
            assertThat(api).as(command.getSimpleName()).isNotNull();
            assertThat(api.name()).as(command.getSimpleName()).isNotBlank();
            assertThat(api.description()).as(api.name()).isNotBlank();
            assertThat(api.since()).as(api.name()).isEqualTo("0.1.0");
            assertThat(api.authorized()).as(api.name()).isNotEmpty();
            assertThat(api.responseObject()).as(api.name()).isNotNull();
            assertThat(BaseCmd.class).isAssignableFrom(command);
        }
    }

    @Test
    void onlyTheProfileRequestCarriesASecret() {
        for (Class<?> command : module.getBean(PluggableService.class).getCommands()) {
            APICommand api = command.getAnnotation(APICommand.class);
            assertThat(api.requestHasSensitiveInfo()).as(api.name()).isEqualTo(api.name().equals("createNetbootProfile"));
            assertThat(api.responseHasSensitiveInfo()).as(api.name()).isFalse();
        }
    }

    @Test
    void onlyProvisioningIsAsync() {
        List<String> async = new ArrayList<>();
        for (Class<?> command : module.getBean(PluggableService.class).getCommands()) {
            if (BaseAsyncCmd.class.isAssignableFrom(command)) {
                async.add(command.getAnnotation(APICommand.class).name());
            }
        }
        assertThat(async).containsExactly("provisionNetbootHost");
    }

    @Test
    void everyParameterIsTypedAndDescribed() {
        for (Class<?> command : module.getBean(PluggableService.class).getCommands()) {
            for (Class<?> c = command; c != BaseCmd.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    Parameter p = f.getAnnotation(Parameter.class);
                    if (p == null || c.getName().startsWith("org.apache.cloudstack")) {
                        continue;
                    }
                    String where = command.getSimpleName() + "." + p.name();
                    assertThat(p.name()).as(where).matches("[a-z]+");
                    assertThat(p.description()).as(where).isNotBlank();
                    assertThat(p.type()).as(where).isNotIn(CommandType.OBJECT, CommandType.UUID);
                    if (p.type() == CommandType.LIST) {
                        assertThat(p.collectionType()).as(where).isEqualTo(CommandType.STRING);
                    }
                }
            }
        }
    }

    @Test
    void everyResponseFieldIsNamedAndDocumented() {
        for (Class<?> command : module.getBean(PluggableService.class).getCommands()) {
            Class<? extends BaseResponse> response = command.getAnnotation(APICommand.class).responseObject();
            if (!response.getName().startsWith("org.netboot6")) {
                continue;
            }
            for (Field f : response.getDeclaredFields()) {
                assertThat(f.getAnnotation(SerializedName.class)).as(response.getSimpleName() + "." + f.getName()).isNotNull();
                assertThat(f.getAnnotation(Param.class).description()).as(response.getSimpleName() + "." + f.getName())
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyInjectedFieldOfEveryCommandResolvesInTheModuleContext() throws Exception {
        for (Class<?> command : module.getBean(PluggableService.class).getCommands()) {
            Object cmd = command.getDeclaredConstructor().newInstance();
            module.getAutowireCapableBeanFactory().autowireBean(cmd);
            for (Class<?> c = command; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Inject.class)) {
                        f.setAccessible(true);
                        assertThat(f.get(cmd)).as(command.getSimpleName() + "." + f.getName()).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void theSettingsAreRegisteredUnderTheManager() {
        Netboot6ManagerImpl manager = module.getBean(Netboot6ManagerImpl.class);

        assertThat(manager.getConfigComponentName()).isEqualTo("Netboot6Manager");
        assertThat(manager.getConfigKeys()).extracting(ConfigKey::key).containsExactly("netboot6.boot.listen.address",
                "netboot6.boot.port", "netboot6.boot.public.url", "netboot6.boot.worker.threads",
                "netboot6.token.lifetime", "netboot6.dhcp.backend");
        assertThat(manager.getConfigKeys()).allSatisfy(k -> assertThat(k.category()).isEqualTo("Advanced"));
    }
}
