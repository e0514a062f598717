package org.netboot6.preflight;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * The JDBC drivers in CloudStack's lib dir, found by class file, and a class loader over {@code lib/*} (what
 * the management server's classpath holds) to load them in isolation from the preflight's own driver.
 */
public final class DriverScan implements AutoCloseable {
    /** Driver classes worth knowing about, by class name. */
    public static final List<String> KNOWN = List.of(
            "com.mysql.cj.jdbc.Driver", "com.mysql.jdbc.Driver", "org.mariadb.jdbc.Driver");

    private final Path libDir;
    private final String problem;
    private final List<Path> jars;
    private final Map<String, List<Path>> jarsByDriver;
    private URLClassLoader loader;

    private DriverScan(Path libDir, String problem, List<Path> jars, Map<String, List<Path>> jarsByDriver) {
        this.libDir = libDir;
        this.problem = problem;
        this.jars = jars;
        this.jarsByDriver = jarsByDriver;
    }

    public static DriverScan scan(Path libDir) {
        if (!Files.isDirectory(libDir)) {
            return new DriverScan(libDir, libDir + " does not exist or is not a directory", List.of(), Map.of());
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(libDir, "*.jar")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    jars.add(p);
                }
            }
        } catch (IOException e) {
            return new DriverScan(libDir, "cannot list " + libDir + ": " + e.getMessage(), List.of(), Map.of());
        }
        Collections.sort(jars);
        Map<String, List<Path>> byDriver = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile z = new ZipFile(jar.toFile())) {
                boolean cj = z.getEntry("com/mysql/cj/jdbc/Driver.class") != null;
                for (String cls : KNOWN) {
                    // Connector/J 8+ keeps com.mysql.jdbc.Driver as a deprecated alias of the cj driver: not a driver of its own
                    if (z.getEntry(cls.replace('.', '/') + ".class") != null && !(cj && cls.equals("com.mysql.jdbc.Driver"))) {
                        byDriver.computeIfAbsent(cls, k -> new ArrayList<>()).add(jar);
                    }
                }
            } catch (IOException e) {
                unreadable.add(jar.getFileName() + " (" + e.getMessage() + ")");
            }
        }
        String problem = unreadable.isEmpty() ? null : "unreadable or corrupt jars in " + libDir + ": " + String.join(", ", unreadable);
        return new DriverScan(libDir, problem, jars, byDriver);
    }

    public Path libDir() {
        return libDir;
    }

    /** Why the lib dir could not be read completely, or null. */
    public String problem() {
        return problem;
    }

    public List<Path> jars() {
        return jars;
    }

    /** Jars holding the class, in file-name order (empty when none). */
    public List<Path> jarsWith(String driverClass) {
        return jarsByDriver.getOrDefault(driverClass, List.of());
    }

    public Map<String, List<Path>> jarsByDriver() {
        return jarsByDriver;
    }

    /**
     * Loads and instantiates the driver class from lib/* alone (parent: the platform loader, so the preflight's
     * own driver can never answer for CloudStack's).
     */
    public Driver load(String driverClass) throws ReflectiveOperationException, LinkageError {
        if (loader == null) {
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                try {
                    urls[i] = jars.get(i).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        }
        Class<?> c = Class.forName(driverClass, true, loader);
        return (Driver) c.getDeclaredConstructor().newInstance();
    }

    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }
}
