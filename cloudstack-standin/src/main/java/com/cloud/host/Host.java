// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.host;

import java.util.Date;

import org.apache.cloudstack.api.Identity;

/**
 * A CloudStack host. The real interface also extends StateObject, Partition and HAResource, which the listing does
 * not cover: getId() and getState() are therefore not available here.
 */
public interface Host extends Identity {
    String getName();

    Type getType();

    String getPrivateIpAddress();

    String getPrivateMacAddress();

    long getDataCenterId();

    Long getClusterId();

    Date getRemoved();

    boolean isInMaintenanceStates();

    boolean isDisabled();

    enum Type {
        Storage,
        Routing,
        SecondaryStorage,
        SecondaryStorageCmdExecutor,
        ConsoleProxy,
        ExternalFirewall,
        ExternalLoadBalancer,
        ExternalVirtualSwitchSupervisor,
        PxeServer,
        BaremetalPxe,
        BaremetalDhcp,
        TrafficMonitor,
        NetScalerControlCenter,
        ExternalDhcp,
        SecondaryStorageVM,
        LocalSecondaryStorage,
        L2Networking
    }
}
