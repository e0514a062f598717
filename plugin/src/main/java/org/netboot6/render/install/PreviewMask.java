package org.netboot6.render.install;

/**
 * An installer file as an operator may review it: the secrets the request put into it, its install token and the
 * account's password hash (a crypt hash can be cracked offline), each replaced by {@code mask}.
 */
public final class PreviewMask {
    private PreviewMask() {
    }

    public static String apply(String file, InstallRequest r, String mask) {
        String masked = file.replace(r.urls().token().value(), mask);
        return r.profile().account().passwordHash().map(h -> masked.replace(h.value(), mask)).orElse(masked);
    }
}
