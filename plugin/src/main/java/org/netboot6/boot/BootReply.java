package org.netboot6.boot;

import java.nio.charset.StandardCharsets;

/** What the boot service answers: an HTTP status and a body (an iPXE script, or a one-line error). */
public final class BootReply {
    /** As Jetty spells it, so its cache of known types matches without parsing. */
    static final String TEXT = "text/plain;charset=utf-8";
    static final String BINARY = "application/octet-stream";

    private final int status;
    private final byte[] body;
    private final String contentType;

    private BootReply(int status, String body) {
        this(status, body.getBytes(StandardCharsets.UTF_8), TEXT);
    }

    private BootReply(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
    }

    /** A file served as it is (an EFI loader). */
    public static BootReply file(byte[] content) {
        return new BootReply(200, content.clone(), BINARY);
    }

    public String contentType() {
        return contentType;
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
