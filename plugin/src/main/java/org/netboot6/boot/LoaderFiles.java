package org.netboot6.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The EFI loaders UEFI HTTP-boot clients fetch from {@code /netboot6/loaders/}: only the names listed here, read from
 * one directory (Debian's ipxe package: /usr/lib/ipxe) and kept in memory. A request never names a path.
 */
public final class LoaderFiles {
    private static final Logger LOG = LogManager.getLogger(LoaderFiles.class);
    public static final Set<String> NAMES = Set.of("ipxe.efi", "snponly.efi", "ipxe-arm64.efi");
    /** Where Debian's ipxe package installs its EFI builds. */
    public static final Path DEBIAN_IPXE = Path.of("/usr/lib/ipxe");

    private final Path directory;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    public LoaderFiles(Path directory) {
        this.directory = directory;
    }

    public BootReply get(String name) {
        if (!NAMES.contains(name)) {
            return BootReply.error(404, "not found");
        }
        byte[] content = loaded.computeIfAbsent(name, n -> {
            try {
                return Files.readAllBytes(directory.resolve(n));
            } catch (IOException e) {
                LOG.warn("EFI loader {} is not available in {}: {}", n, directory, e.getMessage());
                return null;
            }
        });
        return content == null ? BootReply.error(404, name + " is not installed on this boot server")
                : BootReply.file(content);
    }
}
