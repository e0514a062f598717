// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.user;

import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;

/** A CloudStack account (the real interface also extends ControlledEntity, which the listing does not cover). */
public interface Account extends InternalIdentity, Identity {
    long ACCOUNT_ID_SYSTEM = 1L;
    long ACCOUNT_ID_ADMIN = 2L;

    String getAccountName();

    Type getType();

    @Override
    String getUuid();

    enum Type {
        NORMAL,
        ADMIN,
        DOMAIN_ADMIN,
        RESOURCE_DOMAIN_ADMIN,
        READ_ONLY_ADMIN,
        PROJECT,
        UNKNOWN
    }
}
