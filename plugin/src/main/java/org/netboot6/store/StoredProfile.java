package org.netboot6.store;

import org.netboot6.model.InstallProfile;

/** An install profile with its database identity. */
public final class StoredProfile {
    private final long id;
    private final String uuid;
    private final InstallProfile profile;

    public StoredProfile(long id, String uuid, InstallProfile profile) {
        this.id = id;
        this.uuid = uuid;
        this.profile = profile;
    }

    public long id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public InstallProfile profile() {
        return profile;
    }
}
