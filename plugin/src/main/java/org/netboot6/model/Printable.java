package org.netboot6.model;

/** Makes untrusted text safe to put into an error message or a log line: short, one line, printable ASCII. */
public final class Printable {
    private static final int MAX = 80;

    private Printable() {
    }

    public static String of(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(text.length(), MAX);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c)); // never shown as a lookalike control byte
            }
        }
        if (text.length() > MAX) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
