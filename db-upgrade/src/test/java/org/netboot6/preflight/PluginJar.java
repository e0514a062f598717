package org.netboot6.preflight;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.netboot6.store.SchemaMigrator;

/** The real plugin jar on the test classpath; zipped first when Maven's reactor hands over its classes directory. */
final class PluginJar {
    private PluginJar() {
    }

    static Path in(Path tmp) throws Exception {
        Path plugin = Path.of(SchemaMigrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(plugin)) {
            return plugin;
        }
        Path jar = tmp.resolve("netboot6-plugin.jar");
        try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(o);
             Stream<Path> files = Files.walk(plugin)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                z.putNextEntry(new ZipEntry(plugin.relativize(f).toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IOException("cannot zip " + plugin + ": " + e.getMessage(), e);
        }
        return jar;
    }
}
