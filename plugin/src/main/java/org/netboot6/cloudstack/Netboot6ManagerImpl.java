package org.netboot6.cloudstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.naming.ConfigurationException;
import javax.sql.DataSource;

import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.netboot6.boot.AccessLog;
import org.netboot6.boot.BootHttpServer;
import org.netboot6.cloudstack.api.command.AddNetbootHostCmd;
import org.netboot6.cloudstack.api.command.CancelNetbootHostProvisioningCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.GetNetbootHostConfigCmd;
import org.netboot6.cloudstack.api.command.ListNetbootHostsCmd;
import org.netboot6.cloudstack.api.command.ListNetbootNetworksCmd;
import org.netboot6.cloudstack.api.command.ListNetbootProfilesCmd;
import org.netboot6.cloudstack.api.command.ProvisionNetbootHostCmd;
import org.netboot6.cloudstack.api.command.RemoveNetbootHostCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootHostCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootNetworkCmd;
import org.netboot6.service.Netboot6Services;

import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.component.PluggableService;

/**
 * The plugin inside the management server: registers the API commands and settings, brings the plugin's schema up
 * to date in {@link #configure} (the core schema is current by then; every management server of a cluster does
 * this, serialised by a database lock) and runs the boot HTTP service between {@link #start} and {@link #stop}.
 */
public class Netboot6ManagerImpl extends ManagerBase implements Netboot6Manager, PluggableService, Configurable {
    private static final Logger LOG = LogManager.getLogger(Netboot6ManagerImpl.class);

    /** Every API command of the plugin. */
    static final List<Class<?>> COMMANDS = List.of(
            CreateNetbootNetworkCmd.class, ListNetbootNetworksCmd.class, UpdateNetbootNetworkCmd.class,
            DeleteNetbootNetworkCmd.class,
            CreateNetbootProfileCmd.class, ListNetbootProfilesCmd.class, DeleteNetbootProfileCmd.class,
            AddNetbootHostCmd.class, ListNetbootHostsCmd.class, UpdateNetbootHostCmd.class, RemoveNetbootHostCmd.class,
            ProvisionNetbootHostCmd.class, CancelNetbootHostProvisioningCmd.class, GetNetbootHostConfigCmd.class);

    private final Supplier<Netboot6Settings> settings;
    private final Clock clock;
    private DataSource dataSource;
    private volatile Netboot6Services services;
    private BootHttpServer http;

    /**
     * As CloudStack builds it: settings from the global ConfigKeys, the data source set as a property. CloudStack
     * instantiates managers (ComponentMethodInterceptable) as CGLIB subclasses through the no-argument constructor,
     * so constructor arguments in the Spring XML would never be used.
     */
    public Netboot6ManagerImpl() {
        this(null, Netboot6Settings::fromConfigKeys, Clock.systemUTC());
    }

    public Netboot6ManagerImpl(DataSource dataSource, Supplier<Netboot6Settings> settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /** The cloud database (in CloudStack: {@link CloudStackDataSource}). */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean configure(String name, Map<String, Object> params) throws ConfigurationException {
        super.configure(name, params);
        if (dataSource == null) {
            throw new ConfigurationException("netboot6Manager has no dataSource (see spring-netboot6-context.xml)");
        }
        Netboot6Services core = new Netboot6Services(dataSource, clock, settings.get().publicUrl());
        try {
            int applied = core.migrate();
            LOG.info("netboot6 schema is up to date ({} migration(s) applied now)", applied);
        } catch (RuntimeException e) {
            LOG.error("netboot6 schema migration failed", e);
            ConfigurationException failure = new ConfigurationException("netboot6 schema migration failed: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
        services = core;
        return true;
    }

    @Override
    public boolean start() {
        Netboot6Settings current = settings.get();
        String problem = current.bootServiceProblem();
        if (!problem.isEmpty()) {
            // the API stays usable so operators can prepare networks and hosts; nothing boots until this is fixed
            LOG.warn("netboot6 boot HTTP service not started: {}; set it and restart the management server", problem);
            return true;
        }
        services().startCaching();
        try {
            InetSocketAddress listen = new InetSocketAddress(InetAddress.getByName(current.listenAddress()), current.port());
            BootHttpServer server = new BootHttpServer(listen, current.workerThreads(), services().boot(),
                    AccessLog.toLog4j());
            server.start();
            http = server;
            LOG.info("netboot6 boot HTTP service listening on {}, public URL {}", server.address(), current.publicUrl());
        } catch (IOException e) {
            LOG.error("netboot6 boot HTTP service cannot listen on [{}]:{}: {}", current.listenAddress(), current.port(),
                    e.getMessage(), e);
        }
        return true;
    }

    @Override
    public boolean stop() {
        if (http != null) {
            http.close();
            http = null;
        }
        Netboot6Services s = services;
        if (s != null) {
            s.close();
        }
        return true;
    }

    /** Where the boot service listens; empty when it is not running. */
    public Optional<InetSocketAddress> bootServiceAddress() {
        return Optional.ofNullable(http).map(BootHttpServer::address);
    }

    @Override
    public Netboot6Services services() {
        Netboot6Services s = services;
        if (s == null) {
            throw new IllegalStateException("netboot6 is not configured yet");
        }
        return s;
    }

    @Override
    public Netboot6Settings settings() {
        return settings.get();
    }

    @Override
    public List<Class<?>> getCommands() {
        return COMMANDS;
    }

    @Override
    public String getConfigComponentName() {
        return Netboot6Manager.class.getSimpleName();
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        return Netboot6Settings.KEYS.clone();
    }
}
