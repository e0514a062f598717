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
    private int loadSeconds = LOAD_SECONDS;

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

    /** Seconds a driver class may take to load and initialise. */
    public static final int LOAD_SECONDS = 20;

    /** A driver that loaded, or why it did not. */
    public static final class Loaded {
        /** null when the class did not load */
        public final Driver driver;
        /** why it did not load, with the cause of an initializer failure; null when it loaded */
        public final String problem;

        Loaded(Driver driver, String problem) {
            this.driver = driver;
            this.problem = problem;
        }
    }

    private final Map<String, Loaded> loaded = new LinkedHashMap<>();

    /**
     * Loads and instantiates the driver class from lib/* alone (parent: the platform loader, so the preflight's
     * own driver can never answer for CloudStack's), within {@link #LOAD_SECONDS}. The outcome is kept: a class
     * whose initializer hangs must not be asked again (a second Class.forName would wait for the first forever).
     */
    public Loaded load(String driverClass) {
        return loaded.computeIfAbsent(driverClass, this::loadBounded);
    }

    /** For tests: a shorter limit than {@link #LOAD_SECONDS}. */
    DriverScan loadingWithin(int seconds) {
        loadSeconds = seconds;
        return this;
    }

    private Loaded loadBounded(String driverClass) {
        URLClassLoader l = loader();
        try {
            return new Loaded(Bounded.call("load " + driverClass, loadSeconds,
                    () -> (Driver) Class.forName(driverClass, true, l).getDeclaredConstructor().newInstance()), null);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Loaded(null, "loading it did not finish within " + loadSeconds + " s (its static initializer hangs)");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            String why = t.toString();
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
                why += ", caused by " + c;
            }
            return new Loaded(null, why);
        }
    }

    private URLClassLoader loader() {
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
        return loader;
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
