package org.netboot6.boot;

import java.nio.charset.StandardCharsets;

/** What the boot service answers: an HTTP status and a body (an iPXE script, or a one-line error). */
public final class BootReply {
    private final int status;
    private final byte[] body;

    private BootReply(int status, String body) {
        this.status = status;
        this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    public static BootReply script(String script) {
        return new BootReply(200, script);
    }

    public static BootReply error(int status, String message) {
        return new BootReply(status, "netboot6: " + message + "\n");
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body.clone();
    }

    /** The body without copying, for the HTTP layer. */
    byte[] bodyBytes() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return status + " " + bodyText();
    }
}
