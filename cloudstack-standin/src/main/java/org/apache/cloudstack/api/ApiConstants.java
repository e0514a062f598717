// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

/** API parameter and response field names: the subset netboot6 uses, values as in CloudStack 4.22. */
public class ApiConstants {
    public static final String ADDRESS = "address";
    public static final String ARCH = "arch";
    public static final String IP6_CIDR = "ip6cidr";
    public static final String CLUSTER_ID = "clusterid";
    public static final String CREATED = "created";
    public static final String DESCRIPTION = "description";
    public static final String DETAILS = "details";
    public static final String DRIVER = "driver";
    public static final String DISPLAY_TEXT = "displaytext";
    public static final String IP6_DNS1 = "ip6dns1";
    public static final String IP6_DNS2 = "ip6dns2";
    public static final String FORCED = "forced";
    public static final String GATEWAY = "gateway";
    public static final String IP6_GATEWAY = "ip6gateway";
    public static final String HOST_ID = "hostid";
    public static final String HOST_NAME = "hostname";
    public static final String ID = "id";
    public static final String IDS = "ids";
    public static final String PREFIX = "prefix";
    public static final String IP6_ADDRESS = "ip6address";
    public static final String MAC_ADDRESS = "macaddress";
    public static final String NAME = "name";
    public static final String OUTOFBANDMANAGEMENT_POWERSTATE = "outofbandmanagementpowerstate";
    public static final String PASSWORD = "password";
    public static final String POD_ID = "podid";
    public static final String PORT = "port";
    public static final String POWER_STATE = "powerstate";
    public static final String STATE = "state";
    public static final String STATUS = "status";
    public static final String SUCCESS = "success";
    public static final String TIMEOUT = "timeout";
    public static final String TYPE = "type";
    public static final String URL = "url";
    public static final String USERNAME = "username";
    public static final String VIRTUAL_MACHINE_ID = "virtualmachineid";
    public static final String VIRTUAL_MACHINE_NAME = "virtualmachinename";
    public static final String ZONE_ID = "zoneid";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pagesize";
    public static final String COUNT = "count";
    public static final String NETWORK_ID = "networkid";
    public static final String NIC_ID = "nicid";
    public static final String RESULT = "result";
    public static final String ENABLED = "enabled";
    public static final String UUID = "uuid";
    public static final String KEYWORD = "keyword";
    public static final String REMOVED = "removed";
    public static final String BOOT_TYPE = "boottype";
    public static final String BOOT_MODE = "bootmode";
    public static final String MTU = "mtu";

    public ApiConstants() {
    }
}
