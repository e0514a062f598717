// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.vm;

import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;

/** A VM's NIC: its MAC and the VM it belongs to. */
public interface Nic extends Identity, InternalIdentity {
    boolean isDefaultNic();

    String getMacAddress();

    long getNetworkId();

    long getInstanceId();

    int getDeviceId();

    String getIPv6Gateway();

    String getIPv6Cidr();

    String getIPv6Address();
}
