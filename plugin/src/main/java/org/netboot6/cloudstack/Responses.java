package org.netboot6.cloudstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.cloudstack.api.ResponseObject;
import org.apache.cloudstack.api.response.ListResponse;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;
import org.netboot6.model.BondMode;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.RouterAdvertisement;
import org.netboot6.service.Netboot6Services;
import org.netboot6.store.Page;
import org.netboot6.store.StoredNetwork;
import org.netboot6.store.StoredProfile;

/** Core values as API responses. One instance per request: it remembers the networks and profiles it looked up. */
public final class Responses {
    private final Netboot6Services services;
    private final Map<Long, StoredNetwork> networks = new HashMap<>();
    private final Map<Long, StoredProfile> profiles = new HashMap<>();

    public Responses(Netboot6Services services) {
        this.services = services;
    }

    public static NetbootNetworkResponse network(StoredNetwork stored) {
        BootNetwork n = stored.network();
        RouterAdvertisement ra = n.routerAdvertisement();
        NetbootNetworkResponse r = new NetbootNetworkResponse();
        r.setId(stored.uuid());
        r.setName(n.name());
        r.setInterfaceName(n.interfaceName());
        r.setPrefix(n.prefix().toString());
        r.setRouter(n.router().toString());
        r.setBootServer(n.bootServer().toString());
        r.setBootPort(n.bootPort());
        r.setTftpServer(n.tftpServer().toString());
        r.setDnsServers(strings(n.dnsServers()));
        r.setSearchDomains(strings(n.searchDomains()));
        r.setPoolStart(n.poolStart().toString());
        r.setPoolEnd(n.poolEnd().toString());
        r.setRaManaged(ra.managed());
        r.setRaOtherConfig(ra.otherConfig());
        r.setRaAutonomous(ra.autonomous());
        r.setRaDefaultRouter(ra.defaultRouter());
        r.setLoaderBaseUrl(n.loaderBaseUrl().toString());
        r.setBootBaseUrl(n.bootBaseUrl());
        return r;
    }

    public static NetbootProfileResponse profile(StoredProfile stored) {
        InstallProfile p = stored.profile();
        LoginAccount account = p.account();
        NetbootProfileResponse r = new NetbootProfileResponse();
        r.setId(stored.uuid());
        r.setName(p.name());
        r.setRelease(p.release().id());
        r.setKernelUrl(p.kernelUrl().toString());
        r.setInitrdUrl(p.initrdUrl().toString());
        r.setMirror(p.mirror().toString());
        r.setIsoUrl(p.isoUrl().map(Object::toString).orElse(null));
        r.setAddressing(p.addressing().name());
        r.setUsername(account.name());
        r.setSshKeys(strings(account.sshKeys()));
        r.setHasPassword(account.passwordHash().isPresent());
        r.setPackages(strings(p.packages()));
        r.setKernelArgs(strings(p.extraKernelArgs()));
        r.setDisk(p.disk().orElse(null));
        return r;
    }

    public NetbootHostResponse host(BootHost h) {
        NetbootHostResponse r = new NetbootHostResponse();
        r.setId(h.uuid());
        r.setHostname(h.hostname().toString());
        r.setKind(h.kind().name());
        r.setState(h.state().name());
        r.setMacAddresses(strings(h.macs()));
        r.setSmbiosUuid(h.smbiosUuid().map(Object::toString).orElse(null));
        r.setBondMode(h.bondMode().map(BondMode::kernelName).orElse(null));
        r.setIpAddress(h.address().map(Object::toString).orElse(null));
        StoredNetwork network = networks.computeIfAbsent(h.networkId(), id -> services.networks().get(id));
        r.setNetworkId(network.uuid());
        r.setNetworkName(network.network().name());
        h.profileId().ifPresent(pid -> {
            StoredProfile profile = profiles.computeIfAbsent(pid, id -> services.profiles().get(id));
            r.setProfileId(profile.uuid());
            r.setProfileName(profile.profile().name());
        });
        r.setHostId(h.cloudStackHostUuid().orElse(null));
        r.setVirtualMachineId(h.cloudStackVmUuid().orElse(null));
        return r;
    }

    /** A page as CloudStack's list response: the items and the count of all matches. */
    public static <T, R extends ResponseObject> ListResponse<R> list(Page<T> page, Function<T, R> toResponse) {
        List<R> items = new ArrayList<>();
        for (T item : page.items()) {
            items.add(toResponse.apply(item));
        }
        ListResponse<R> r = new ListResponse<>();
        r.setResponses(items, page.total());
        return r;
    }

    private static List<String> strings(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.toList());
    }
}
