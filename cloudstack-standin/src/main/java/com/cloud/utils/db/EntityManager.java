// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.db;

import java.io.Serializable;

/** Finds CloudStack entities by interface (Host.class, Nic.class, ...) through their DAOs. */
public interface EntityManager {
    <T, K extends Serializable> T findById(Class<T> entityType, K id);

    <T> T findByUuid(Class<T> entityType, String uuid);

    <T> T findByUuidIncludingRemoved(Class<T> entityType, String uuid);

    <T, K extends Serializable> T findByIdIncludingRemoved(Class<T> entityType, K id);
}
