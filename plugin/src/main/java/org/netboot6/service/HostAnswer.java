package org.netboot6.service;

import java.time.Instant;

import org.netboot6.boot.BootReply;

/** What one MAC is answered, the boot event that goes with it, and until when it holds (a token's expiry). */
final class HostAnswer {
    final BootReply reply;
    final Long hostId;
    final String eventKind;
    final String eventDetail;
    final Instant validUntil;

    HostAnswer(BootReply reply, Long hostId, String eventKind, String eventDetail, Instant validUntil) {
        this.reply = reply;
        this.hostId = hostId;
        this.eventKind = eventKind;
        this.eventDetail = eventDetail;
        this.validUntil = validUntil;
    }
}
