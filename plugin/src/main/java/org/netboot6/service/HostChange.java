package org.netboot6.service;

import java.util.List;

import org.netboot6.model.BondMode;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/** The fields an update may change; null leaves a field as it is. */
public final class HostChange {
    public Hostname hostname;
    public List<Mac> macs;
    public SmbiosUuid smbiosUuid;
    public String profileUuid;
    public BondMode bondMode;
}
