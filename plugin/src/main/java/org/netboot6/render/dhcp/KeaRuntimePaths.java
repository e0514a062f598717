package org.netboot6.render.dhcp;

import java.nio.file.Path;

/** Where a Kea DHCPv6 server keeps its leases, control socket and log; the host-specific part of kea-dhcp6.conf. */
public final class KeaRuntimePaths {
    private final Path dataDirectory;
    private final Path controlSocket;
    private final Path logFile;

    public KeaRuntimePaths(Path dataDirectory, Path controlSocket, Path logFile) {
        this.dataDirectory = RuntimePaths.safe("dataDirectory", dataDirectory);
        this.controlSocket = RuntimePaths.safe("controlSocket", controlSocket);
        this.logFile = RuntimePaths.safe("logFile", logFile);
    }

    /** Debian's kea-dhcp6-server layout. */
    public static KeaRuntimePaths debianDefaults() {
        return new KeaRuntimePaths(Path.of("/var/lib/kea"), Path.of("/run/kea/kea6-ctrl-socket"),
                Path.of("/var/log/kea/kea-dhcp6.log"));
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path leaseFile() {
        return dataDirectory.resolve("netboot6-leases6.csv");
    }

    public Path controlSocket() {
        return controlSocket;
    }

    public Path logFile() {
        return logFile;
    }
}
