package org.netboot6.store;

import org.netboot6.model.BootNetwork;

/** A boot network with its database identity. */
public final class StoredNetwork {
    private final long id;
    private final String uuid;
    private final BootNetwork network;

    public StoredNetwork(long id, String uuid, BootNetwork network) {
        this.id = id;
        this.uuid = uuid;
        this.network = network;
    }

    public long id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public BootNetwork network() {
        return network;
    }
}
