package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboot6.preflight.checks.MigrationSource;
import org.netboot6.preflight.checks.Netboot6MigrationsCheck;
import org.netboot6.store.SchemaMigrator;

/** The preflight must see exactly the migrations the plugin jar carries (SQL and Java ones). */
class PluginMigrationsTest {

    @Test
    void readsTheRealPluginsMigrations(@TempDir Path tmp) throws Exception {
        assertThat("classpath:" + Netboot6MigrationsCheck.DEFAULT_LOCATION).isEqualTo(SchemaMigrator.LOCATION);
        Path plugin = Path.of(SchemaMigrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.isDirectory(plugin) ? zip(plugin, tmp.resolve("plugin.jar")) : plugin;
        List<String> versions = MigrationSource.jar(jar, Netboot6MigrationsCheck.DEFAULT_LOCATION).versions();
        List<String> migrationFiles;
        try (Stream<String> names = Files.readAllLines(listing(jar, tmp)).stream()) {
            migrationFiles = names.filter(n -> n.startsWith(Netboot6MigrationsCheck.DEFAULT_LOCATION + "/V"))
                    .filter(n -> !n.contains("$")).collect(Collectors.toList());
        }
        assertThat(migrationFiles).hasSize(versions.size());
        assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    private static Path listing(Path jar, Path tmp) throws IOException {
        Path out = tmp.resolve("listing.txt");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            Files.write(out, z.stream().map(ZipEntry::getName).collect(Collectors.toList()));
        }
        return out;
    }

    private static Path zip(Path dir, Path jar) throws IOException {
        try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(o);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                z.putNextEntry(new ZipEntry(dir.relativize(f).toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return jar;
    }
}
