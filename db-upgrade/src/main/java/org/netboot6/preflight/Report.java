package org.netboot6.preflight;

import java.util.ArrayList;
import java.util.List;

/** Results of a run, printed as lines ({@code FAIL [id] fact; consequence; fix}) or as JSON. */
public final class Report {
    /** One check and what it found. */
    public static final class Result {
        public final Check check;
        public final List<Finding> findings;

        public Result(Check check, List<Finding> findings) {
            this.check = check;
            this.findings = findings;
        }

        public Severity worst() {
            Severity w = Severity.OK;
            for (Finding f : findings) {
                w = w.worst(f.severity());
            }
            return w;
        }
    }

    private final String installed;
    private final String target;
    private final List<Result> results = new ArrayList<>();
    private final List<String> preamble = new ArrayList<>();

    public Report(CsVersion installed, CsVersion target) {
        this.installed = installed == null ? null : installed.toString();
        this.target = target == null ? null : target.toString();
    }

    public void add(Check check, List<Finding> findings) {
        results.add(new Result(check, findings));
    }

    public List<Result> results() {
        return results;
    }

    public int count(Severity s) {
        int n = 0;
        for (Result r : results) {
            for (Finding f : r.findings) {
                if (f.severity() == s) {
                    n++;
                }
            }
        }
        return n;
    }

    public int exitCode() {
        return count(Severity.FAIL) > 0 ? 1 : 0;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>(preamble);
        for (Result r : results) {
            for (Finding f : r.findings) {
                out.add(f.line(r.check.id()));
            }
        }
        return out;
    }

    public String summary() {
        int fail = count(Severity.FAIL);
        String counts = fail + " error(s), " + count(Severity.WARN) + " warning(s), " + count(Severity.NOTICE) + " notice(s)";
        return fail > 0
                ? counts + ": do not upgrade until the errors are fixed"
                : counts + ": no errors, the upgrade may proceed";
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("cloudstack-netboot6-upgrade-check ").append(BuildInfo.VERSION).append(": cloudstack-management ")
                .append(installed == null ? "(not installed)" : installed);
        if (target != null && !target.equals(installed)) {
            sb.append(" -> ").append(target);
        }
        sb.append('\n');
        for (String l : lines()) {
            sb.append(l).append('\n');
        }
        sb.append(summary()).append('\n');
        return sb.toString();
    }

    /** Modelled on MySQL Shell's util.checkForServerUpgrade() JSON output. */
    public String json() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        field(sb, 1, "tool", "cloudstack-netboot6-upgrade-check").append(",\n");
        field(sb, 1, "toolVersion", BuildInfo.VERSION).append(",\n");
        field(sb, 1, "installedVersion", installed).append(",\n");
        field(sb, 1, "targetVersion", target).append(",\n");
        indent(sb, 1).append("\"errorCount\": ").append(count(Severity.FAIL)).append(",\n");
        indent(sb, 1).append("\"warningCount\": ").append(count(Severity.WARN)).append(",\n");
        indent(sb, 1).append("\"noticeCount\": ").append(count(Severity.NOTICE)).append(",\n");
        field(sb, 1, "summary", summary()).append(",\n");
        indent(sb, 1).append("\"checksPerformed\": [");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            indent(sb, 2).append("{\n");
            field(sb, 3, "id", r.check.id()).append(",\n");
            field(sb, 3, "title", r.check.title()).append(",\n");
            field(sb, 3, "status", r.worst().name()).append(",\n");
            field(sb, 3, "description", r.check.description()).append(",\n");
            indent(sb, 3).append("\"detectedProblems\": [");
            boolean first = true;
            List<String> ok = new ArrayList<>();
            for (Finding f : r.findings) {
                if (f.severity() == Severity.OK) {
                    ok.add(f.description());
                    continue;
                }
                sb.append(first ? "\n" : ",\n");
                first = false;
                indent(sb, 4).append("{");
                sb.append("\"level\": ").append(quote(f.severity().jsonLevel())).append(", ");
                sb.append("\"dbObject\": ").append(quote(f.object())).append(", ");
                sb.append("\"description\": ").append(quote(f.description())).append("}");
            }
            sb.append(first ? "],\n" : "\n      ],\n");
            indent(sb, 3).append("\"passed\": [");
            for (int j = 0; j < ok.size(); j++) {
                sb.append(j == 0 ? "" : ", ").append(quote(ok.get(j)));
            }
            sb.append("]\n");
            indent(sb, 2).append("}");
        }
        sb.append(results.isEmpty() ? "]\n" : "\n  ]\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** The JSON document for a run that stopped at its command line (exit 2): no checks, the error named. */
    public static String usageErrorJson(String message) {
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, 1, "tool", "cloudstack-netboot6-upgrade-check").append(",\n");
        field(sb, 1, "toolVersion", BuildInfo.VERSION).append(",\n");
        field(sb, 1, "usageError", message).append(",\n");
        indent(sb, 1).append("\"errorCount\": 0,\n");
        indent(sb, 1).append("\"warningCount\": 0,\n");
        indent(sb, 1).append("\"noticeCount\": 0,\n");
        field(sb, 1, "summary", "usage error (exit 2), nothing was checked: " + message).append(",\n");
        indent(sb, 1).append("\"checksPerformed\": []\n");
        return sb.append("}\n").toString();
    }

    private static StringBuilder indent(StringBuilder sb, int level) {
        return sb.append("  ".repeat(level));
    }

    private static StringBuilder field(StringBuilder sb, int level, String name, String value) {
        return indent(sb, level).append(quote(name)).append(": ").append(quote(value));
    }

    /** JSON string literal (RFC 8259): quotes, backslash and every control character escaped. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
