package org.netboot6.standin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of a {@code javap -public -constants} listing: for each class its header and its member lines, as
 * javap prints them. Lines starting with '#' and "Compiled from" lines are ignored.
 */
final class JavapListing {
    private final Map<String, ClassSignature> classes;

    private JavapListing(Map<String, ClassSignature> classes) {
        this.classes = Collections.unmodifiableMap(classes);
    }

    /** Reads the listing at this path; fails with the path and how to set it when the file is missing. */
    static JavapListing load(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("CloudStack API listing not found: " + path.toAbsolutePath()
                    + " (set it with -Dcloudstack.signatures=<path to api-signatures-4.22.txt>)");
        }
        return parse(Files.readString(path));
    }

    static JavapListing parse(String text) {
        Map<String, ClassSignature> classes = new LinkedHashMap<>();
        String header = null;
        List<String> members = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : text.split("\r?\n")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("Compiled from ")) {
                continue;
            }
            if (header == null) {
                if (!line.endsWith("{")) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected a class header: " + raw);
                }
                header = line.substring(0, line.length() - 1).strip();
                members = new ArrayList<>();
            } else if (line.equals("}")) {
                ClassSignature signature = ClassSignature.parse(header, members);
                classes.put(signature.name(), signature);
                header = null;
            } else {
                members.add(line);
            }
        }
        if (header != null) {
            throw new IllegalArgumentException("listing ends inside class: " + header);
        }
        return new JavapListing(classes);
    }

    Map<String, ClassSignature> classes() {
        return classes;
    }

    ClassSignature get(String className) {
        return classes.get(className);
    }
}
