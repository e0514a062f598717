package org.netboot6.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.store.BootEventRepository.BootEvent;
import org.netboot6.testdb.ScratchDatabase;

/**
 * The README's demo: boots a BIOS iPXE host and a UEFI PXEv6 host over IPv6 only and prints the timeline.
 * Exit code 0 when both reach DONE.
 */
public final class LabDemo {
    /** Hard limits per boot path (the lab measured ~2 s and ~40 s on 2 TCG cores). */
    static final Duration BIOS_TIMEOUT = Duration.ofSeconds(60);
    static final Duration UEFI_TIMEOUT = Duration.ofSeconds(180);

    private LabDemo() {
    }

    public static void main(String[] args) throws Exception {
        Timeline timeline = new Timeline(System.out);
        Path dir = Files.createTempDirectory("netboot6-lab-");
        List<BootResult> results = new ArrayList<>();
        try (ScratchDatabase db = ScratchDatabase.recreateAndKeep("netboot6_lab_demo");
             Lab lab = Lab.start(dir, db.dataSource(), timeline)) {
            timeline.add("db", "database " + db.name() + " (kept after the demo)");
            results.add(lab.boot(Firmware.BIOS_IPXE, Mac.parse("00:00:5e:00:53:01"),
                    SmbiosUuid.parse("11111111-2222-3333-4444-555555555501"), Hostname.parse("bios-01"), BIOS_TIMEOUT));
            results.add(lab.boot(Firmware.UEFI_PXE6, Mac.parse("00:00:5e:00:53:02"),
                    SmbiosUuid.parse("11111111-2222-3333-4444-555555555502"), Hostname.parse("uefi-01"), UEFI_TIMEOUT));
        } catch (RuntimeException e) {
            System.out.println("LAB FAILED: " + e.getMessage());
            e.printStackTrace(System.out);
            System.out.println("lab files kept in " + dir);
            System.exit(1);
        }
        printSummary(results);
        System.exit(0);
    }

    static void printSummary(List<BootResult> results) {
        System.out.println();
        System.out.println("State timeline (from the database):");
        for (BootResult r : results) {
            System.out.printf("  %s  %s  %s: %s in %.1f s%n", r.host().hostname(), r.host().mac(), r.firmware().label(),
                    r.host().state(), r.seconds());
            for (BootEvent e : r.events()) {
                System.out.printf("      %s  %-11s %s (%s)%n", e.at(), e.kind(), e.detail(), e.remote());
            }
        }
        System.out.println();
        for (BootResult r : results) {
            System.out.printf("%-26s %s  %.1f s%n", r.firmware().label(), r.host().state(), r.seconds());
        }
    }
}
