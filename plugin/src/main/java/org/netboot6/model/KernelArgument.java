package org.netboot6.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One extra kernel command-line word an operator adds (e.g. {@code console=ttyS0,115200n8}). No white space,
 * quotes, {@code $}, {@code ;}, {@code #} or brackets, so it can neither split into two arguments nor become an
 * iPXE expansion or command separator.
 */
public final class KernelArgument {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_./:,=+@-]{1,200}");
    private final String word;

    private KernelArgument(String word) {
        this.word = word;
    }

    /**
     * Arguments netboot6 sets itself on some installer's command line or in its answer file, under every name the
     * installer reads them by; an operator's copy would override or confuse them. d-i: the aliases of its manual
     * (appendix B.2.2: auto, priority, url, file, hostname, domain, interface, locale, keymap, ...); casper,
     * subiquity and cloud-init: the ISO, the seed and any other cloud-config source; dracut and anaconda: the
     * kickstart, the repository, the UI mode and the boot NIC's network.
     */
    private static final Set<String> MANAGED = Set.of(
            "auto", "auto-install/enable", "classes", "priority", "debconf/priority", "url", "file", "preseed-md5",
            "hostname", "domain", "interface", "locale", "language", "country", "keymap", "debian-installer/locale",
            "debian-installer/language", "debian-installer/country", "protocol", "suite",
            "iso-url", "ds", "ci.ds", "ci.datasource", "autoinstall", "cloud-config-url", "network-config", "cc:",
            "end_cc",
            "ip", "ifname", "nameserver", "bootdev", "BOOTIF", "initrd", "inst.ks", "ks", "kickstart", "inst.repo",
            "repo", "method", "inst.stage2", "stage2", "inst.text", "text", "inst.graphical", "graphical",
            "inst.cmdline", "inst.lang", "lang", "inst.keymap");
    /** Question families netboot6 answers in the preseed, which d-i would also take from the command line. */
    private static final List<String> MANAGED_PREFIXES = List.of("preseed/", "netcfg/", "auto-install/", "passwd/",
            "mirror/", "keyboard-configuration/");
    private static final Pattern URL_WITH_USER = Pattern.compile(".*[A-Za-z]://[^/]*@.*");

    public static KernelArgument parse(String field, String text) {
        if (text == null) {
            throw new InvalidValueException(field, "is missing");
        }
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        // d-i also reads "owner:question=value" (e.g. d-i:passwd/root-password=...)
        String question = key.indexOf(':') >= 0 && !key.endsWith(":") ? key.substring(key.lastIndexOf(':') + 1) : key;
        String lower = question.toLowerCase(Locale.ROOT);
        if (lower.contains("passw") || lower.contains("passphrase") || lower.endsWith("pw")
                || URL_WITH_USER.matcher(text).matches()) {
            // checked first and never echoed: the iPXE script carrying the argument is served over plain HTTP
            throw new InvalidValueException(field, "must not carry a password or credentials (the iPXE script is "
                    + "served over plain HTTP; use passwordhash): argument " + Printable.of(question) + " (value not shown)");
        }
        if (!FORM.matcher(text).matches()) {
            throw new InvalidValueException(field, "must be one kernel argument of letters, digits and _ . / : , = + @ -: "
                    + Printable.of(text));
        }
        if (text.matches("-+")) {
            throw new InvalidValueException(field, "must not be a \"---\" separator: netboot6 places it itself");
        }
        if (MANAGED.contains(question) || MANAGED.contains(key)
                || MANAGED_PREFIXES.stream().anyMatch(question::startsWith)) {
            throw new InvalidValueException(field, "must not set " + key + ", which netboot6 sets for the installer itself");
        }
        return new KernelArgument(text);
    }

    @Override
    public String toString() {
        return word;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelArgument && ((KernelArgument) o).word.equals(word);
    }

    @Override
    public int hashCode() {
        return word.hashCode();
    }
}
