package org.netboot6.render.dhcp;

import java.nio.file.Path;
import java.util.Optional;

import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Printable;

/**
 * The host-specific part of a dnsmasq config: its files, the user it drops to, whether it serves TFTP (and
 * from where), and whether it sends the router advertisements itself (when no radvd runs on the link).
 */
public final class DnsmasqRuntime {
    private final Path pidFile;
    private final Path leaseFile;
    private final Path logFile;
    private final Path tftpRoot;
    private final boolean routerAdvertisements;
    private final String user;

    private DnsmasqRuntime(Path pidFile, Path leaseFile, Path logFile, Path tftpRoot, boolean routerAdvertisements,
            String user) {
        this.pidFile = RuntimePaths.safe("pidFile", pidFile);
        this.leaseFile = RuntimePaths.safe("leaseFile", leaseFile);
        this.logFile = RuntimePaths.safe("logFile", logFile);
        this.tftpRoot = tftpRoot == null ? null : RuntimePaths.safe("tftpRoot", tftpRoot);
        this.routerAdvertisements = routerAdvertisements;
        if (!user.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new InvalidValueException("user", "is not a system user name: "
                    + Printable.of(user));
        }
        this.user = user;
    }

    /** DHCPv6 only; radvd sends the RAs; runs as Debian's "dnsmasq" user. */
    public static DnsmasqRuntime of(Path pidFile, Path leaseFile, Path logFile) {
        return new DnsmasqRuntime(pidFile, leaseFile, logFile, null, false, "dnsmasq");
    }

    public DnsmasqRuntime withTftp(Path root) {
        return new DnsmasqRuntime(pidFile, leaseFile, logFile, root, routerAdvertisements, user);
    }

    /** dnsmasq sends the RAs itself ({@code enable-ra}); do not run radvd on the same link. */
    public DnsmasqRuntime withRouterAdvertisements() {
        return new DnsmasqRuntime(pidFile, leaseFile, logFile, tftpRoot, true, user);
    }

    public DnsmasqRuntime asUser(String name) {
        return new DnsmasqRuntime(pidFile, leaseFile, logFile, tftpRoot, routerAdvertisements, name == null ? "" : name);
    }

    public Path pidFile() {
        return pidFile;
    }

    public Path leaseFile() {
        return leaseFile;
    }

    public Path logFile() {
        return logFile;
    }

    public Optional<Path> tftpRoot() {
        return Optional.ofNullable(tftpRoot);
    }

    public boolean routerAdvertisements() {
        return routerAdvertisements;
    }

    public String user() {
        return user;
    }
}
