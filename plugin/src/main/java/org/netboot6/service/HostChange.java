package org.netboot6.service;

import java.util.List;

import org.netboot6.model.BondMode;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/** The fields an update may change; null (false for the clear flags) leaves a field as it is. */
public final class HostChange {
    public Hostname hostname;
    public List<Mac> macs;
    public SmbiosUuid smbiosUuid;
    /** Forget the SMBIOS UUID (a replaced mainboard); not with {@link #smbiosUuid}. */
    public boolean clearSmbiosUuid;
    public String profileUuid;
    /** Leave the host without a default install profile; not with {@link #profileUuid}. */
    public boolean clearProfile;
    public BondMode bondMode;
    /** Make a bonded host a single-NIC host again; not with {@link #bondMode}. */
    public boolean clearBondMode;
}
