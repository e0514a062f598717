package org.netboot6.render.install;

import org.netboot6.model.Token;

/**
 * The per-host, token-carrying URLs of an install, in one place for the renderers and the boot service:
 * {@code <bootBaseUrl>/preseed/<token>}, {@code /autoinstall/<token>/} (NoCloud seed: {@code user-data},
 * {@code meta-data}), {@code /kickstart/<token>} and the final callback {@code /done/<token>}.
 */
public final class InstallUrls {
    private final String base;
    private final Token token;

    /** @param bootBaseUrl {@link org.netboot6.model.BootNetwork#bootBaseUrl()}: literal, bracketed, no trailing slash */
    public InstallUrls(String bootBaseUrl, Token token) {
        this.base = bootBaseUrl;
        this.token = token;
    }

    /** The token these URLs carry, for masking it where they are shown. */
    Token token() {
        return token;
    }

    public String preseed() {
        return base + "/preseed/" + token.value();
    }

    /** The NoCloud seed directory: subiquity appends {@code user-data} and {@code meta-data}. */
    public String autoinstallSeed() {
        return base + "/autoinstall/" + token.value() + "/";
    }

    public String kickstart() {
        return base + "/kickstart/" + token.value();
    }

    public String done() {
        return base + "/done/" + token.value();
    }
}
