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
    private final long notBeforeNanos;

    private BootReply(int status, String body) {
        this(status, body.getBytes(StandardCharsets.UTF_8), TEXT, 0);
    }

    private BootReply(int status, byte[] body, String contentType, long notBeforeNanos) {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
        this.notBeforeNanos = notBeforeNanos;
    }

    /**
     * The same reply, to be sent no earlier than {@code nanoTime} ({@link System#nanoTime()}): a change is
     * acknowledged only once every server has seen it. The HTTP layer holds the answer without holding a thread.
     */
    public BootReply notBefore(long nanoTime) {
        return new BootReply(status, body, contentType, nanoTime);
    }

    /** Nanoseconds to hold the reply from {@code nanoTime} on; 0 or less: send it now. */
    long holdFrom(long nanoTime) {
        return notBeforeNanos == 0 ? 0 : notBeforeNanos - nanoTime;
    }

    /** A file served as it is (an EFI loader). */
    public static BootReply file(byte[] content) {
        return new BootReply(200, content.clone(), BINARY, 0);
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
