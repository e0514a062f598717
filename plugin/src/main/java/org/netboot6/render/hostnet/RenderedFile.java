package org.netboot6.render.hostnet;

import java.util.Objects;
import java.util.regex.Pattern;

/** A file a renderer produced: absolute path on the installed system, permission bits, content. */
public final class RenderedFile {
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final Pattern MODE = Pattern.compile("0[0-7]{3}");

    private final String path;
    private final String mode;
    private final String content;

    public RenderedFile(String path, String mode, String content) {
        if (path == null || !PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
            throw new IllegalArgumentException("not a plain absolute path: " + path);
        }
        if (mode == null || !MODE.matcher(mode).matches()) {
            throw new IllegalArgumentException("not an octal mode such as 0644: " + mode);
        }
        this.path = path;
        this.mode = mode;
        this.content = Objects.requireNonNull(content, "content");
    }

    public String path() {
        return path;
    }

    /** The directory part of {@link #path()}. */
    public String directory() {
        return path.substring(0, Math.max(1, path.lastIndexOf('/')));
    }

    /** Octal permission bits, e.g. 0600. */
    public String mode() {
        return mode;
    }

    public String content() {
        return content;
    }

    @Override
    public String toString() {
        return path + " (" + mode + ", " + content.length() + " chars)";
    }
}
