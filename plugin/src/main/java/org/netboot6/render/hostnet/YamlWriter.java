package org.netboot6.render.hostnet;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of {@code Map<String, ?>} (keys in insertion order), {@code List<?>}, String, Boolean and Integer
 * as block YAML. Every string is double-quoted with escapes, so no value can start a new key, a comment, an anchor,
 * a tag or a document, whatever characters it holds. Keys are netboot6's own and must be plain words.
 */
public final class YamlWriter {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private YamlWriter() {
    }

    public static String write(Map<String, ?> root) {
        StringBuilder sb = new StringBuilder();
        map(sb, root, 0);
        return sb.toString();
    }

    private static void map(StringBuilder sb, Map<String, ?> m, int indent) {
        for (Map.Entry<String, ?> e : m.entrySet()) {
            if (!KEY.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("not a plain YAML key: " + e.getKey());
            }
            pad(sb, indent).append(e.getKey()).append(':');
            value(sb, e.getValue(), indent);
        }
    }

    private static void value(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
            sb.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> m = (Map<String, ?>) v;
            map(sb, m, indent + 2);
        } else if (v instanceof List && !((List<?>) v).isEmpty()) {
            sb.append('\n');
            for (Object item : (List<?>) v) {
                pad(sb, indent + 2).append('-');
                if (item instanceof Map && !((Map<?, ?>) item).isEmpty()) {
                    // first key on the dash line, the rest aligned under it
                    @SuppressWarnings("unchecked")
                    Map<String, ?> m = (Map<String, ?>) item;
                    StringBuilder inner = new StringBuilder();
                    map(inner, m, indent + 4);
                    sb.append(' ').append(inner.substring(indent + 4));
                } else {
                    value(sb, item, indent + 2);
                }
            }
        } else {
            sb.append(' ').append(scalar(v)).append('\n');
        }
    }

    static String scalar(Object v) {
        if (v instanceof Map) {
            return "{}";
        }
        if (v instanceof List) {
            return "[]";
        }
        if (v instanceof Boolean || v instanceof Integer) {
            return v.toString();
        }
        if (v == null) {
            throw new IllegalArgumentException("null has no YAML value here");
        }
        return quote(v.toString());
    }

    /** A YAML double-quoted scalar: only printable ASCII stays as is; everything else is escaped. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    private static StringBuilder pad(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
        return sb;
    }
}
