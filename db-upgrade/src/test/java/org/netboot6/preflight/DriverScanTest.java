package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Driver classes that misbehave while loading must become findings, never a hang or a crash. */
class DriverScanTest {
    @TempDir
    Path tmp;

    /** A jar in {@code lib} holding com.mysql.cj.jdbc.Driver with the given static initializer and acceptsURL body. */
    static void fakeConnector(Path tmp, Path lib, String staticInit, String acceptsUrl) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/com/mysql/cj/jdbc")).resolve("Driver.java");
        Files.writeString(src, "package com.mysql.cj.jdbc;\n"
                + "public class Driver implements java.sql.Driver {\n"
                + "  static { " + staticInit + " }\n"
                + "  public boolean acceptsURL(String url) throws java.sql.SQLException { " + acceptsUrl + " }\n"
                + "  public java.sql.Connection connect(String u, java.util.Properties i) { return null; }\n"
                + "  public java.sql.DriverPropertyInfo[] getPropertyInfo(String u, java.util.Properties i) { return null; }\n"
                + "  public int getMajorVersion() { return 8; }\n"
                + "  public int getMinorVersion() { return 4; }\n"
                + "  public boolean jdbcCompliant() { return false; }\n"
                + "  public java.util.logging.Logger getParentLogger() { return null; }\n"
                + "}\n");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
        try (OutputStream o = Files.newOutputStream(lib.resolve("mysql-connector-j-fake.jar")); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("com/mysql/cj/jdbc/Driver.class"));
            z.write(Files.readAllBytes(classes.resolve("com/mysql/cj/jdbc/Driver.class")));
            z.closeEntry();
        }
    }

    @Test
    void driverWhoseInitializerHangsIsGivenUpOnceAndNotAskedAgain() throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        fakeConnector(tmp, lib, "while (Boolean.parseBoolean(\"true\")) { try { Thread.sleep(100); } catch (InterruptedException e) { } }",
                "return true;");
        try (DriverScan scan = DriverScan.scan(lib).loadingWithin(1)) {
            long start = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                DriverScan.Loaded l = scan.load("com.mysql.cj.jdbc.Driver");
                assertThat(l.driver).isNull();
                assertThat(l.problem).contains("did not finish within 1 s");
            }
            assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(5);
        }
    }

    @Test
    void initializerFailureIsShownWithItsCause() throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        fakeConnector(tmp, lib, "if (Boolean.parseBoolean(\"true\")) { throw new IllegalStateException(\"no native lib\"); }", "return true;");
        try (DriverScan scan = DriverScan.scan(lib)) {
            assertThat(scan.load("com.mysql.cj.jdbc.Driver").problem).contains("ExceptionInInitializerError")
                    .contains("caused by java.lang.IllegalStateException: no native lib");
        }
    }

    @Test
    void listsNothingItCannotOpen() throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(lib.resolve("x.jar"), "not a zip");
        try (DriverScan scan = DriverScan.scan(lib)) {
            assertThat(scan.problem()).contains("x.jar");
            assertThat(scan.jarsByDriver()).isEmpty();
            assertThat(scan.jars()).isEqualTo(List.of(lib.resolve("x.jar")));
        }
    }
}
