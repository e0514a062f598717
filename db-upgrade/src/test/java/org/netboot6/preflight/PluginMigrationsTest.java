package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

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
        assertThat(MigrationSource.PRECONDITIONS).isEqualTo(org.netboot6.db.migration.Preconditions.LOCATION);
        Path jar = PluginJar.in(tmp);
        List<String> versions = MigrationSource.jar(jar, Netboot6MigrationsCheck.DEFAULT_LOCATION).versions();
        List<String> migrationFiles;
        try (Stream<String> names = Files.readAllLines(listing(jar, tmp)).stream()) {
            migrationFiles = names.filter(n -> n.startsWith(Netboot6MigrationsCheck.DEFAULT_LOCATION + "/V"))
                    .filter(n -> !n.contains("$")).collect(Collectors.toList());
        }
        assertThat(migrationFiles).hasSize(versions.size());
        assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(MigrationSource.jar(jar, Netboot6MigrationsCheck.DEFAULT_LOCATION).precondition("6"))
                .as("read from the jar as the migration reads it from its class path").contains("netboot6_network");
    }

    private static Path listing(Path jar, Path tmp) throws IOException {
        Path out = tmp.resolve("listing.txt");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            Files.write(out, z.stream().map(ZipEntry::getName).collect(Collectors.toList()));
        }
        return out;
    }
}
