package org.netboot6.model;

import java.util.Objects;
import java.util.Optional;

/** A machine netboot6 boots: identified by its NIC's MAC (iPXE puts it in the URL), optionally its SMBIOS UUID. */
public final class BootHost {
    private final long id;
    private final String uuid;
    private final long networkId;
    private final Mac mac;
    private final Hostname hostname;
    private final SmbiosUuid smbiosUuid;
    private final HostState state;

    public BootHost(long id, String uuid, long networkId, Mac mac, Hostname hostname, SmbiosUuid smbiosUuid,
            HostState state) {
        this.id = id;
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        this.networkId = networkId;
        this.mac = Objects.requireNonNull(mac, "mac");
        this.hostname = Objects.requireNonNull(hostname, "hostname");
        this.smbiosUuid = smbiosUuid;
        this.state = Objects.requireNonNull(state, "state");
    }

    public long id() {
        return id;
    }

    /** The identifier the API shows. */
    public String uuid() {
        return uuid;
    }

    public long networkId() {
        return networkId;
    }

    public Mac mac() {
        return mac;
    }

    public Hostname hostname() {
        return hostname;
    }

    public Optional<SmbiosUuid> smbiosUuid() {
        return Optional.ofNullable(smbiosUuid);
    }

    public HostState state() {
        return state;
    }

    @Override
    public String toString() {
        return hostname + " (" + mac + ", " + state + ")";
    }
}
