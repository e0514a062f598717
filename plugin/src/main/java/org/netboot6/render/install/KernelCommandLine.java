package org.netboot6.render.install;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.HostNetwork;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.KernelArgument;

/**
 * The installer kernel's command line for one host. Each family reads different arguments:
 * <ul>
 * <li>Debian (d-i, initramfs of its own): {@code auto=true priority=critical preseed/url=... netcfg/...}; the
 * install link keeps SLAAC (lab pitfall 10), the installed system gets the planned address from the late step.</li>
 * <li>Ubuntu (casper + subiquity): {@code ip=dhcp6 url=<iso> autoinstall ds=nocloud-net;s=<seed>/}. The
 * {@code ;} stays inside one word: iPXE only splits commands at a {@code ;} that is a word of its own (pitfall
 * 14), and the kernel passes the word to cloud-init whole.</li>
 * <li>EL (dracut + anaconda): {@code inst.ks=... inst.repo=... ifname=nb6boot:<mac> ip=...}; dracut wants IPv6
 * literals in brackets and names the boot NIC by MAC, since its kernel name is unknown before boot.</li>
 * </ul>
 * Words never hold white space, {@code $}, quotes or {@code #}, so the line is safe in an iPXE {@code kernel}
 * command.
 */
public final class KernelCommandLine {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_./:,=+@;~\\[\\]-]+");
    static final String EL_BOOT_NIC = "nb6boot";

    private final List<String> words;

    private KernelCommandLine(List<String> words) {
        for (String w : words) {
            if (!WORD.matcher(w).matches() || w.equals(";")) {
                throw new IllegalStateException("unsafe kernel argument: " + w);
            }
        }
        this.words = Collections.unmodifiableList(words);
    }

    public static KernelCommandLine of(InstallRequest r) {
        HostNetwork net = r.network();
        List<String> w = new ArrayList<>();
        switch (r.profile().release().family()) {
            case DEBIAN:
                w.add("auto=true");
                w.add("priority=critical");
                w.add("preseed/url=" + r.urls().preseed());
                w.add("netcfg/choose_interface=" + r.bootMac());
                w.add("netcfg/get_hostname=" + net.hostname());
                net.domain().ifPresent(d -> w.add("netcfg/get_domain=" + d));
                w.add("netcfg/dhcp_timeout=5");
                w.add("netcfg/dhcpv6_timeout=10");
                extras(r, w);
                w.add("---");
                w.add("quiet");
                break;
            case UBUNTU:
                w.add("ip=dhcp6");
                w.add("url=" + r.profile().isoUrl().orElseThrow());
                w.add("autoinstall");
                w.add("ds=nocloud-net;s=" + r.urls().autoinstallSeed());
                extras(r, w);
                w.add("---");
                break;
            case EL:
                w.add("inst.ks=" + r.urls().kickstart());
                w.add("inst.repo=" + r.profile().mirror());
                w.add("inst.text");
                w.add("ifname=" + EL_BOOT_NIC + ":" + r.bootMac());
                if (net.addressing() == AddressingMode.STATIC) {
                    w.add("ip=" + net.address().bracketed() + "::" + net.gateway().bracketed() + ":"
                            + net.prefix().length() + ":" + r.fqdn() + ":" + EL_BOOT_NIC + ":none");
                    for (Ipv6Address dns : net.dnsServers()) {
                        w.add("nameserver=" + dns);
                    }
                } else {
                    w.add("ip=" + EL_BOOT_NIC + ":auto6");
                }
                extras(r, w);
                break;
            default:
                throw new IllegalStateException("no command line for " + r.profile().release());
        }
        return new KernelCommandLine(w);
    }

    private static void extras(InstallRequest r, List<String> w) {
        for (KernelArgument a : r.profile().extraKernelArgs()) {
            w.add(a.toString());
        }
    }

    public List<String> words() {
        return words;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
