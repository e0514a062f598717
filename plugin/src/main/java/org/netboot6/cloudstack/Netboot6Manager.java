package org.netboot6.cloudstack;

import org.netboot6.service.Netboot6Services;

import com.cloud.utils.component.Manager;

/** What the API commands need from the plugin: the core use cases and the current settings. */
public interface Netboot6Manager extends Manager {

    /** The core use cases; available once the manager is configured. */
    Netboot6Services services();

    /** The current global settings (re-read on each call: some of them are dynamic). */
    Netboot6Settings settings();
}
