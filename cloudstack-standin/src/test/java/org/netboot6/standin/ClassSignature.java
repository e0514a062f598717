package org.netboot6.standin;

import java.util.ArrayList;
import java.util.List;

/**
 * One class of a javap listing: the parts of its header and its member lines. Generic type arguments may hold spaces
 * and commas, so the header is split only outside angle brackets.
 */
final class ClassSignature {
    private final String header;
    private final String kind;
    private final String name;
    private final String typeParameters;
    private final String superclass;
    private final List<String> interfaces;
    private final List<String> members;

    private ClassSignature(String header, String kind, String name, String typeParameters, String superclass,
            List<String> interfaces, List<String> members) {
        this.header = header;
        this.kind = kind;
        this.name = name;
        this.typeParameters = typeParameters;
        this.superclass = superclass;
        this.interfaces = interfaces;
        this.members = members;
    }

    static ClassSignature parse(String header, List<String> members) {
        List<String> tokens = splitTopLevel(header, ' ');
        int keyword = Math.max(tokens.indexOf("class"), tokens.indexOf("interface"));
        if (keyword < 0 || keyword + 1 >= tokens.size()) {
            throw new IllegalArgumentException("not a class header: " + header);
        }
        String kind = String.join(" ", tokens.subList(0, keyword + 1));
        String nameWithParameters = tokens.get(keyword + 1);
        int angle = nameWithParameters.indexOf('<');
        String name = angle < 0 ? nameWithParameters : nameWithParameters.substring(0, angle);
        String typeParameters = angle < 0 ? "" : nameWithParameters.substring(angle);

        String superclass = null;
        List<String> interfaces = new ArrayList<>();
        boolean isInterface = tokens.get(keyword).equals("interface");
        String clause = null;
        StringBuilder types = new StringBuilder();
        for (String token : tokens.subList(keyword + 2, tokens.size())) {
            if (token.equals("extends") || token.equals("implements")) {
                superclass = collect(clause, types, isInterface, superclass, interfaces);
                clause = token;
                types.setLength(0);
            } else {
                types.append(token).append(' ');
            }
        }
        superclass = collect(clause, types, isInterface, superclass, interfaces);
        return new ClassSignature(header, kind, name, typeParameters, superclass, interfaces, List.copyOf(members));
    }

    private static String collect(String clause, StringBuilder types, boolean isInterface, String superclass,
            List<String> interfaces) {
        if (clause == null) {
            return superclass;
        }
        List<String> listed = new ArrayList<>();
        for (String type : splitTopLevel(types.toString(), ',')) {
            listed.add(type.strip());
        }
        if (clause.equals("extends") && !isInterface) {
            return listed.get(0);
        }
        interfaces.addAll(listed);
        return superclass;
    }

    /** Splits at this separator where it is outside angle brackets; drops empty parts. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == separator && depth == 0) {
                addIfNotBlank(parts, part);
            } else {
                part.append(c);
            }
        }
        addIfNotBlank(parts, part);
        return parts;
    }

    private static void addIfNotBlank(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        part.setLength(0);
    }

    /** The name of the member a javap line declares: method or field name, or the class name for a constructor. */
    static String memberName(String line) {
        int paren = line.indexOf('(');
        String head;
        if (paren >= 0) {
            head = line.substring(0, paren);
        } else {
            int equals = line.indexOf(" = ");
            head = equals >= 0 ? line.substring(0, equals) : line.replaceAll(";$", "");
        }
        List<String> tokens = splitTopLevel(head, ' ');
        return tokens.isEmpty() ? line : tokens.get(tokens.size() - 1);
    }

    /** The names of the enum constants in declaration order; empty when this is not an enum. */
    List<String> enumConstants() {
        List<String> constants = new ArrayList<>();
        if (superclass == null || !superclass.startsWith("java.lang.Enum<")) {
            return constants;
        }
        String prefix = "public static final " + name + " ";
        for (String member : members) {
            if (member.startsWith(prefix) && member.endsWith(";") && !member.contains(" = ")) {
                constants.add(memberName(member));
            }
        }
        return constants;
    }

    String header() {
        return header;
    }

    /** Modifiers and "class" or "interface", e.g. "public abstract class". */
    String kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String typeParameters() {
        return typeParameters;
    }

    /** The superclass as javap prints it, or null when it is java.lang.Object or this is an interface. */
    String superclass() {
        return superclass;
    }

    /** Implemented interfaces of a class, or extended interfaces of an interface. */
    List<String> interfaces() {
        return interfaces;
    }

    List<String> members() {
        return members;
    }
}
