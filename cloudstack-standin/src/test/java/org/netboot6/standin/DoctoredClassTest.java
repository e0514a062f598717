package org.netboot6.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker against small classes compiled here, each differing from a small listing in one way. */
class DoctoredClassTest {
    private static final String LISTING = String.join("\n",
            "# a listing of one class",
            "Compiled from \"Foo.java\"",
            "public class p.Foo implements java.io.Serializable {",
            "  public static final int LIMIT = 10;",
            "  public p.Foo(java.lang.String);",
            "  public java.lang.String name(int) throws java.io.IOException;",
            "}",
            "");

    @TempDir
    Path dir;

    private List<String> mismatchesOf(String source) throws Exception {
        Path file = dir.resolve("src/p/Foo.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package p;\n" + source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "11", "-d", classes.toString(), file.toString());
        assertThat(status).as("javac of %s", source).isZero();
        return SignatureChecker.check(classes, JavapListing.parse(LISTING)).mismatches();
    }

    @Test
    void aClassAsListedMatches() throws Exception {
        assertThat(mismatchesOf("public class Foo implements java.io.Serializable {\n"
                + " public static final int LIMIT = 10;\n"
                + " public Foo(String s) {}\n"
                + " public String name(int i) throws java.io.IOException { return null; }\n"
                + "}")).isEmpty();
    }

    @Test
    void leavingOutListedMembersAndInterfacesIsAllowed() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + " private Foo() {}\n"
                + "}")).isEmpty();
    }

    @Test
    void aDifferentConstantValueIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + " public static final int LIMIT = 11;\n"
                + " private Foo() {}\n"
                + "}")).containsExactly("p.Foo: member not in the listing: public static final int LIMIT = 11;"
                        + " (listed with that name: public static final int LIMIT = 10;)");
    }

    @Test
    void aDifferentParameterTypeIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + " private Foo() {}\n"
                + " public String name(long i) throws java.io.IOException { return null; }\n"
                + "}")).containsExactly("p.Foo: member not in the listing:"
                        + " public java.lang.String name(long) throws java.io.IOException;"
                        + " (listed with that name: public java.lang.String name(int) throws java.io.IOException;)");
    }

    @Test
    void aMissingThrowsClauseIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + " private Foo() {}\n"
                + " public String name(int i) { return null; }\n"
                + "}")).containsExactly("p.Foo: member not in the listing: public java.lang.String name(int);"
                        + " (listed with that name: public java.lang.String name(int) throws java.io.IOException;)");
    }

    @Test
    void aRenamedMethodIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + " private Foo() {}\n"
                + " public String getName(int i) throws java.io.IOException { return null; }\n"
                + "}")).containsExactly("p.Foo: member not in the listing:"
                        + " public java.lang.String getName(int) throws java.io.IOException;"
                        + " (no listed member is named getName)");
    }

    @Test
    void anImplicitPublicConstructorTheListingLacksIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + "}")).containsExactly("p.Foo: member not in the listing: public p.Foo();"
                        + " (listed with that name: public p.Foo(java.lang.String);)");
    }

    @Test
    void aProtectedMemberIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo {\n"
                + " private Foo() {}\n"
                + " protected int counter;\n"
                + "}")).containsExactly("p.Foo: protected member cannot be checked against the listing:"
                        + " protected int counter;");
    }

    @Test
    void anUnlistedInterfaceIsReported() throws Exception {
        assertThat(mismatchesOf("public class Foo implements Cloneable {\n"
                + " private Foo() {}\n"
                + "}")).containsExactly("p.Foo: declares interface java.lang.Cloneable,"
                        + " listed interfaces are [java.io.Serializable]");
    }

    @Test
    void aNonPublicClassIsReported() throws Exception {
        assertThat(mismatchesOf("class Foo {\n"
                + "}")).containsExactly("p.Foo: is 'class', listed as 'public class'");
    }
}
