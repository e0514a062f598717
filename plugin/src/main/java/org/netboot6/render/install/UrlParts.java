package org.netboot6.render.install;

import org.netboot6.model.BootUrl;

/** The authority ({@code host[:port]}) and path of a validated URL, for formats that want them apart. */
final class UrlParts {
    private UrlParts() {
    }

    static String authority(BootUrl url) {
        String rest = url.toString().substring(url.scheme().length() + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The path, "/" when empty. */
    static String path(BootUrl url) {
        return url.path().isEmpty() ? "/" : url.path();
    }
}
