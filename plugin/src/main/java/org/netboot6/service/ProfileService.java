package org.netboot6.service;

import java.time.Clock;

import org.netboot6.model.InstallProfile;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.ResourceUuid;
import org.netboot6.store.Database;
import org.netboot6.store.HostRepository;
import org.netboot6.store.Page;
import org.netboot6.store.PageRequest;
import org.netboot6.store.ProfileRepository;
import org.netboot6.store.StoredProfile;

/** Install profiles: create, list, delete (a profile in use by a host cannot be deleted). */
public final class ProfileService {
    private final Database db;
    private final ProfileRepository profiles;
    private final HostRepository hosts;
    private final Clock clock;

    public ProfileService(Database db, ProfileRepository profiles, HostRepository hosts, Clock clock) {
        this.db = db;
        this.profiles = profiles;
        this.hosts = hosts;
        this.clock = clock;
    }

    /** Refused (naming the field) when a live profile already has the name: schema 6's unique key. */
    public StoredProfile create(InstallProfile profile) {
        return db.inTransaction(c -> profiles.insert(c, profile, clock.instant()));
    }

    public StoredProfile get(String field, String uuid) {
        String id = ResourceUuid.require(field, uuid);
        return db.read(c -> profiles.findByUuid(c, id)).orElseThrow(() -> new NotFoundException(field, "profile", id));
    }

    /** By database id, e.g. the profile a host refers to. */
    public StoredProfile get(long id) {
        return db.read(c -> profiles.findById(c, id))
                .orElseThrow(() -> new NotFoundException("id", "profile", Long.toString(id)));
    }

    public Page<StoredProfile> list(String uuid, PageRequest page) {
        String id = uuid == null ? null : ResourceUuid.require("id", uuid);
        return db.read(c -> profiles.list(c, id, page));
    }

    public void delete(String uuid) {
        String id = ResourceUuid.require("id", uuid);
        db.inTransaction(c -> {
            // locked first, so a host given this profile meanwhile has committed and is counted
            StoredProfile p = profiles.lockByUuid(c, id, true).orElseThrow(() -> new NotFoundException("id", "profile", id));
            int users = hosts.countByProfile(c, p.id());
            if (users > 0) {
                throw new InvalidValueException("id", "profile " + p.profile().name() + " is used by " + users
                        + " host(s); give them another profile first");
            }
            profiles.remove(c, p.id(), clock.instant());
            return null;
        });
    }
}
