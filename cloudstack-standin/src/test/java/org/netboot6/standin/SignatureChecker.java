package org.netboot6.standin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks compiled stand-in classes against a javap listing of the real CloudStack API. It runs
 * {@code javap -public -constants} on every class file below a directory, the same command that produced the listing,
 * and requires for every stand-in class:
 * <ul>
 * <li>the class is in the listing (a class that only encloses listed nested classes and has no members of its own
 * is accepted);</li>
 * <li>the same modifiers and kind, type parameters and superclass; implemented (or extended) interfaces a subset of
 * the listed ones;</li>
 * <li>every public member line (modifiers, type, name, parameters, throws, constant value) exactly as listed;</li>
 * <li>enums: the same constants in the same order;</li>
 * <li>no protected members, which the listing cannot show.</li>
 * </ul>
 * A stand-in may leave out listed members and interfaces; it may not add or change any.
 */
final class SignatureChecker {

    /** What a check found: the classes it checked and one message per mismatch, naming class and member. */
    static final class Result {
        private final List<String> checkedClasses;
        private final List<String> mismatches;

        Result(List<String> checkedClasses, List<String> mismatches) {
            this.checkedClasses = List.copyOf(checkedClasses);
            this.mismatches = List.copyOf(mismatches);
        }

        List<String> checkedClasses() {
            return checkedClasses;
        }

        List<String> mismatches() {
            return mismatches;
        }
    }

    private SignatureChecker() {
    }

    static Result check(Path classesDirectory, JavapListing reference) throws IOException {
        List<String> classNames = classNames(classesDirectory);
        if (classNames.isEmpty()) {
            throw new IllegalStateException("no class files below " + classesDirectory);
        }
        JavapListing publicView = JavapListing.parse(javap(classesDirectory, classNames, "-public"));
        JavapListing protectedView = JavapListing.parse(javap(classesDirectory, classNames, "-protected"));

        List<String> mismatches = new ArrayList<>();
        for (String className : classNames) {
            ClassSignature standIn = publicView.get(className);
            if (standIn == null) {
                mismatches.add(className + ": javap printed nothing for this class");
                continue;
            }
            compareClass(standIn, reference, classNames, mismatches);
            Set<String> publicMembers = new HashSet<>(standIn.members());
            for (String member : protectedView.get(className).members()) {
                if (!publicMembers.contains(member)) {
                    mismatches.add(className + ": protected member cannot be checked against the listing: " + member);
                }
            }
        }
        return new Result(classNames, mismatches);
    }

    private static void compareClass(ClassSignature standIn, JavapListing reference, List<String> standInClasses,
            List<String> mismatches) {
        String name = standIn.name();
        ClassSignature listed = reference.get(name);
        if (listed == null) {
            boolean onlyEnclosesListed = standIn.members().isEmpty() && standInClasses.stream()
                    .anyMatch(other -> other.startsWith(name + "$") && reference.get(other) != null);
            if (!onlyEnclosesListed) {
                mismatches.add(name + ": class is not in the CloudStack listing");
            }
            return;
        }
        if (!standIn.kind().equals(listed.kind())) {
            mismatches.add(name + ": is '" + standIn.kind() + "', listed as '" + listed.kind() + "'");
        }
        if (!standIn.typeParameters().equals(listed.typeParameters())) {
            mismatches.add(name + ": type parameters '" + standIn.typeParameters() + "', listed as '"
                    + listed.typeParameters() + "'");
        }
        if (!String.valueOf(standIn.superclass()).equals(String.valueOf(listed.superclass()))) {
            mismatches.add(name + ": extends " + orObject(standIn.superclass()) + ", listed as extending "
                    + orObject(listed.superclass()));
        }
        for (String type : standIn.interfaces()) {
            if (!listed.interfaces().contains(type)) {
                mismatches.add(name + ": declares interface " + type + ", listed interfaces are "
                        + listed.interfaces());
            }
        }
        Set<String> listedMembers = new HashSet<>(listed.members());
        for (String member : standIn.members()) {
            if (!listedMembers.contains(member)) {
                mismatches.add(name + ": member not in the listing: " + member + hint(member, listed));
            }
        }
        List<String> constants = standIn.enumConstants();
        if (!constants.equals(listed.enumConstants())) {
            mismatches.add(name + ": enum constants " + constants + ", listed as " + listed.enumConstants());
        }
    }

    private static String orObject(String superclass) {
        return superclass == null ? "java.lang.Object" : superclass;
    }

    private static String hint(String member, ClassSignature listed) {
        String memberName = ClassSignature.memberName(member);
        List<String> sameName = listed.members().stream()
                .filter(candidate -> ClassSignature.memberName(candidate).equals(memberName))
                .collect(Collectors.toList());
        return sameName.isEmpty()
                ? " (no listed member is named " + memberName + ")"
                : " (listed with that name: " + String.join(" | ", sameName) + ")";
    }

    private static List<String> classNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> directory.relativize(file).toString())
                    .filter(file -> !file.endsWith("module-info.class") && !file.endsWith("package-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length())
                            .replace(file.contains("\\") ? '\\' : '/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new))
                    .stream().collect(Collectors.toList());
        }
    }

    /** Runs the JDK's javap in this JVM with this visibility option and -constants. */
    private static String javap(Path classpath, List<String> classNames, String visibility) {
        ToolProvider javap = ToolProvider.findFirst("javap")
                .orElseThrow(() -> new IllegalStateException("javap is not available in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> arguments = new ArrayList<>(List.of(visibility, "-constants", "-cp", classpath.toString()));
        arguments.addAll(classNames);
        int status = javap.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("javap failed (" + status + "): " + err + out);
        }
        return out.toString();
    }
}
