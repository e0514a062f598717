package org.netboot6.bench;

import java.util.ArrayList;
import java.util.List;

import org.netboot6.lab.Commands;

/**
 * A private network namespace holding an (empty) bridge interface for {@code kea-dhcp6 -t}: Kea's config check refuses an
 * interface that does not exist, and a boot network may not be the loopback. Removed on close.
 */
final class KeaCheckNamespace implements AutoCloseable {
    static final String INTERFACE = "bench0";
    private final String netns = "nb6bench-" + ProcessHandle.current().pid();

    KeaCheckNamespace() {
        Commands.tryRun("ip", "netns", "del", netns);
        Commands.run("ip", "netns", "add", netns);
        Commands.run("ip", "-n", netns, "link", "add", INTERFACE, "type", "bridge");
        Commands.run("ip", "-n", netns, "link", "set", INTERFACE, "up");
    }

    /** Runs {@code command} inside the namespace. */
    Commands.Result run(String... command) {
        List<String> full = new ArrayList<>(Commands.netnsCommand(netns, command));
        return Commands.tryRun(full.toArray(new String[0]));
    }

    @Override
    public void close() {
        Commands.tryRun("ip", "netns", "del", netns);
    }
}
