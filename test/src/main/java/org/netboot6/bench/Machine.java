package org.netboot6.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.netboot6.lab.Commands;

/** What the figures were measured on: CPU, memory, kernel, JVM, and the load average at each measurement. */
final class Machine {
    private Machine() {
    }

    /** The 1-minute load average now, as uptime shows it. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static String describe() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            // keep "?"
        }
        String mem = Commands.tryRun("sh", "-c", "free -g | awk '/^Mem:/ {print $2}'").output.trim();
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + mem + " GiB RAM, "
                + Commands.tryRun("uname", "-sr").output.trim() + ", Java " + System.getProperty("java.vm.version") + ", "
                + firstLine(Commands.tryRun("wrk", "-v").output) + ", " + firstLine(Commands.tryRun("nginx", "-v").output)
                + ", " + firstLine(Commands.tryRun("mariadb", "--version").output) + ", kea-dhcp6 "
                + firstLine(Commands.tryRun("kea-dhcp6", "-v").output);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("?").trim();
    }
}
