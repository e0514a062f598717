// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.vm;

import java.util.Date;

import org.apache.cloudstack.api.Displayable;

/**
 * A CloudStack VM. The real interface also extends RunningOn, ControlledEntity, Partition and StateObject, which
 * the listing does not cover: getId(), getUuid() and getState() are therefore not available here.
 */
public interface VirtualMachine extends Displayable {
    String getInstanceName();

    String getHostName();

    String getPrivateMacAddress();

    long getDataCenterId();

    Long getHostId();

    Date getRemoved();

    Type getType();

    @Override
    boolean isDisplay();

    enum Type {
        User,
        DomainRouter,
        ConsoleProxy,
        SecondaryStorageVm,
        ElasticIpVm,
        ElasticLoadBalancerVm,
        InternalLoadBalancerVm,
        NetScalerVm,
        UserBareMetal,
        Instance
    }
}
