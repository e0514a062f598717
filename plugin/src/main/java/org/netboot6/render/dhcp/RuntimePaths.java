package org.netboot6.render.dhcp;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Printable;

/** Daemon file paths that go into rendered configs: absolute, and only characters no config format treats specially. */
final class RuntimePaths {
    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9._+/-]*");

    private RuntimePaths() {
    }

    static Path safe(String field, Path path) {
        if (path == null) {
            throw new InvalidValueException(field, "is missing");
        }
        Path abs = path.toAbsolutePath().normalize();
        if (!SAFE.matcher(abs.toString()).matches()) {
            throw new InvalidValueException(field, "may only use letters, digits and . _ + / - : " + Printable.of(abs.toString()));
        }
        return abs;
    }
}
