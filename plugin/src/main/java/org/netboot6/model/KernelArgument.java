package org.netboot6.model;

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

    /** Arguments netboot6 sets itself for each installer; an operator's copy would override or confuse them. */
    private static final Set<String> MANAGED = Set.of("auto", "priority", "url", "ds", "autoinstall", "ip", "ifname",
            "nameserver", "initrd", "BOOTIF", "inst.ks", "inst.repo", "inst.stage2", "inst.text", "ks");

    public static KernelArgument parse(String field, String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new InvalidValueException(field, "must be one kernel argument of letters, digits and _ . / : , = + @ -: "
                    + Printable.of(text));
        }
        if (text.matches("-+")) {
            throw new InvalidValueException(field, "must not be a \"---\" separator: netboot6 places it itself");
        }
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        if (MANAGED.contains(key) || key.startsWith("preseed/") || key.startsWith("netcfg/")) {
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
