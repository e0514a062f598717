package org.netboot6.cloudstack;

import java.time.Duration;
import java.util.Locale;

import org.apache.cloudstack.framework.config.ConfigKey;
import org.netboot6.model.BootUrl;
import org.netboot6.model.Ascii;
import org.netboot6.model.InvalidValueException;

/**
 * The plugin's global settings (CloudStack ConfigKeys, category Advanced) and one consistent reading of them.
 * The listen address, port, public URL and worker threads are read at start (changing them needs a restart of the
 * management server); the token lifetime and DHCP backend are read on every use.
 */
public final class Netboot6Settings {
    public static final ConfigKey<String> LISTEN_ADDRESS = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, String.class,
            "netboot6.boot.listen.address", "::",
            "Address the netboot6 boot HTTP service listens on (an IPv6 literal without brackets; :: for all)", false);
    public static final ConfigKey<Integer> PORT = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, Integer.class,
            "netboot6.boot.port", "8281",
            "TCP port of the netboot6 boot HTTP service; boot networks' bootport must reach it", false);
    public static final ConfigKey<String> PUBLIC_URL = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, String.class,
            "netboot6.boot.public.url", "",
            "Base URL iPXE uses to reach this boot service, e.g. http://[2001:db8:0:1::2]:8281/netboot6. "
                    + "Empty: the boot service does not start", false);
    public static final ConfigKey<Integer> WORKER_THREADS = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, Integer.class,
            "netboot6.boot.worker.threads", "16", "Threads answering boot HTTP requests on each management server", false);
    public static final ConfigKey<Integer> TOKEN_LIFETIME = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, Integer.class,
            "netboot6.token.lifetime", "3600",
            "Seconds a provisioning token stays valid when provisionNetbootHost does not say otherwise", true);
    public static final ConfigKey<String> DHCP_BACKEND = new ConfigKey<>(ConfigKey.CATEGORY_ADVANCED, String.class,
            "netboot6.dhcp.backend", "kea",
            "DHCPv6 server whose configuration getNetbootHostConfig shows: kea, isc or dnsmasq", true);

    static final ConfigKey<?>[] KEYS = {LISTEN_ADDRESS, PORT, PUBLIC_URL, WORKER_THREADS, TOKEN_LIFETIME, DHCP_BACKEND};

    /** The DHCPv6 servers netboot6 renders configuration for. */
    public enum DhcpBackend {
        KEA, ISC, DNSMASQ;

        static DhcpBackend parse(String text) {
            return Ascii.constant(DhcpBackend.class, DHCP_BACKEND.key(), text == null ? "" : text.trim(),
                    "kea, isc or dnsmasq");
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String listenAddress;
    private final int port;
    private final String publicUrl;
    private final int workerThreads;
    private final Duration tokenLifetime;
    private final DhcpBackend dhcpBackend;

    public Netboot6Settings(String listenAddress, int port, String publicUrl, int workerThreads, Duration tokenLifetime,
            DhcpBackend dhcpBackend) {
        this.listenAddress = listenAddress;
        this.port = port;
        this.publicUrl = publicUrl == null ? "" : publicUrl.trim();
        this.workerThreads = workerThreads;
        this.tokenLifetime = tokenLifetime;
        this.dhcpBackend = dhcpBackend;
    }

    /** The current global values. */
    public static Netboot6Settings fromConfigKeys() {
        return new Netboot6Settings(LISTEN_ADDRESS.value(), PORT.value(), PUBLIC_URL.value(), WORKER_THREADS.value(),
                Duration.ofSeconds(TOKEN_LIFETIME.value()), DhcpBackend.parse(DHCP_BACKEND.value()));
    }

    public String listenAddress() {
        return listenAddress;
    }

    public int port() {
        return port;
    }

    /** Empty when not configured. */
    public String publicUrl() {
        return publicUrl;
    }

    public int workerThreads() {
        return workerThreads;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public DhcpBackend dhcpBackend() {
        return dhcpBackend;
    }

    /** Why the boot service cannot start with these settings; empty when it can. */
    public String bootServiceProblem() {
        if (publicUrl.isEmpty()) {
            return PUBLIC_URL.key() + " is not set";
        }
        try {
            BootUrl url = BootUrl.parse(PUBLIC_URL.key(), publicUrl);
            if (!url.scheme().equals("http")) {
                return PUBLIC_URL.key() + " must be an http:// URL (iPXE fetches scripts from it): " + publicUrl;
            }
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
        if (port < 1 || port > 65535) {
            return PORT.key() + " must be 1-65535, got " + port;
        }
        if (workerThreads < 1) {
            return WORKER_THREADS.key() + " must be at least 1, got " + workerThreads;
        }
        return "";
    }
}
