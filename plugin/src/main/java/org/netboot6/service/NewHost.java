package org.netboot6.service;

import java.util.ArrayList;
import java.util.List;

import org.netboot6.model.BondMode;
import org.netboot6.model.HostKind;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/** What an operator gives to register a host; validated by {@link HostService#add}. */
public final class NewHost {
    public String networkUuid;
    public HostKind kind = HostKind.BAREMETAL;
    public final List<Mac> macs = new ArrayList<>();
    /** Set when the MACs are one bond's ports (the first is the primary port). */
    public BondMode bondMode;
    public Hostname hostname;
    public SmbiosUuid smbiosUuid;
    public String cloudStackHostUuid;
    public String cloudStackVmUuid;
    public String profileUuid;
}
