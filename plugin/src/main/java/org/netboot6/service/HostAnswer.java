package org.netboot6.service;

import java.time.Instant;
import java.util.Map;

import org.netboot6.boot.BootReply;
import org.netboot6.model.Token;

/**
 * What one MAC (or one install token's file) is answered, the boot event that goes with it, and until when it holds
 * (a token's expiry). An install script's answer also carries the installer files of that install, rendered with it,
 * so they are served from memory when the installer asks for them.
 */
final class HostAnswer {
    final BootReply reply;
    final Long hostId;
    final String eventKind;
    final String eventDetail;
    final Instant validUntil;
    final Token installToken;
    final Map<InstallerFile, BootReply> installerFiles;

    HostAnswer(BootReply reply, Long hostId, String eventKind, String eventDetail, Instant validUntil) {
        this(reply, hostId, eventKind, eventDetail, validUntil, null, Map.of());
    }

    HostAnswer(BootReply reply, Long hostId, String eventKind, String eventDetail, Instant validUntil,
            Token installToken, Map<InstallerFile, BootReply> installerFiles) {
        this.reply = reply;
        this.hostId = hostId;
        this.eventKind = eventKind;
        this.eventDetail = eventDetail;
        this.validUntil = validUntil;
        this.installToken = installToken;
        this.installerFiles = Map.copyOf(installerFiles);
    }
}
