package org.netboot6.lab;

import java.util.List;

import org.netboot6.model.BootHost;
import org.netboot6.store.BootEventRepository.BootEvent;

/** One finished lab boot: the host as stored, the wall time, and its recorded timeline. */
public final class BootResult {
    private final Firmware firmware;
    private final BootHost host;
    private final double seconds;
    private final List<BootEvent> events;

    BootResult(Firmware firmware, BootHost host, double seconds, List<BootEvent> events) {
        this.firmware = firmware;
        this.host = host;
        this.seconds = seconds;
        this.events = List.copyOf(events);
    }

    public Firmware firmware() {
        return firmware;
    }

    public BootHost host() {
        return host;
    }

    public double seconds() {
        return seconds;
    }

    public List<BootEvent> events() {
        return events;
    }
}
