package org.netboot6.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A URL a client fetches during network boot (http, https or tftp), restricted so it can go verbatim into any
 * rendered format (Kea JSON, dhcpd.conf strings, dnsmasq lines, iPXE scripts): the host is a bracketed IPv6
 * literal or a DNS name, the path uses only {@code A-Z a-z 0-9 . _ ~ / -}; no query, fragment, user info,
 * percent-encoding, zone id or white space. An IPv6 literal without brackets is refused rather than guessed at
 * (field report list item 8: tools split such URLs differently).
 */
public final class BootUrl {
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

    private final String scheme;
    private final Ipv6Address literal;
    private final DomainName name;
    private final int port;
    private final String path;

    private BootUrl(String scheme, Ipv6Address literal, DomainName name, int port, String path) {
        this.scheme = scheme;
        this.literal = literal;
        this.name = name;
        this.port = port;
        this.path = path;
    }

    public static BootUrl parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        int sep = text.indexOf("://");
        String scheme = sep < 0 ? "" : text.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("tftp")) {
            throw new InvalidValueException(field, "must be an http://, https:// or tftp:// URL: " + Printable.of(text));
        }
        String rest = text.substring(sep + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (authority.indexOf('@') >= 0) {
            throw new InvalidValueException(field, "must not carry user information: " + Printable.of(text));
        }
        Ipv6Address literal = null;
        DomainName name = null;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new InvalidValueException(field, "has an unclosed '[' in its host: " + Printable.of(text));
            }
            String inside = authority.substring(1, close);
            if (inside.indexOf('%') >= 0) {
                throw new InvalidValueException(field,
                        "must not carry a zone id (boot clients cannot use one; use a global address): " + Printable.of(text));
            }
            literal = Ipv6Address.parse(field, inside);
            if (literal.isLinkLocal()) {
                throw new InvalidValueException(field,
                        "must not use a link-local address (only valid with a zone id, which clients cannot use): "
                                + Printable.of(text));
            }
            if (!literal.isRoutableUnicast()) {
                throw new InvalidValueException(field, "must use a unicast address: " + Printable.of(text));
            }
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new InvalidValueException(field, "has text after ']': " + Printable.of(text));
                }
                portText = after.substring(1);
            }
        } else {
            int colons = (int) authority.chars().filter(c -> c == ':').count();
            if (colons > 1) {
                throw new InvalidValueException(field, "has an IPv6 literal without brackets; write it as "
                        + scheme + "://[address]/...: " + Printable.of(text));
            }
            String host = colons == 1 ? authority.substring(0, authority.indexOf(':')) : authority;
            portText = colons == 1 ? authority.substring(authority.indexOf(':') + 1) : null;
            if (readAsIpv4(host)) {
                throw new InvalidValueException(field, "uses an IPv4 address on an IPv6-only network (a host whose last "
                        + "label is a number is one to URL parsers and inet_aton): " + Printable.of(text));
            }
            try {
                name = DomainName.parse(field, host);
            } catch (InvalidValueException e) {
                throw new InvalidValueException(field, "has no valid host (a bracketed IPv6 literal or a DNS name): "
                        + Printable.of(text));
            }
        }
        int port = -1;
        if (portText != null) {
            if (portText.isEmpty() || portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(portText) < 1 || Integer.parseInt(portText) > 65535) {
                throw new InvalidValueException(field, "has a bad port (1-65535): " + Printable.of(text));
            }
            port = Integer.parseInt(portText);
        }
        if (!PATH.matcher(path).matches() || hasDotSegment(path)) {
            throw new InvalidValueException(field, "path may only use letters, digits and . _ ~ / - (no query, "
                    + "fragment, percent-encoding, quotes, spaces, ${} or dot segments): " + Printable.of(text));
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new BootUrl(scheme, literal, name, port, path);
    }

    /** The URL of a server address built by netboot6 itself. */
    public static BootUrl of(String scheme, Ipv6Address server, int port, String path) {
        return parse("url", scheme + "://" + server.bracketed() + (port < 0 ? "" : ":" + port) + path);
    }

    /** This URL with {@code file} (relative, same character rules) appended to its path. */
    public BootUrl resolve(String file) {
        if (file == null || !FILE.matcher(file).matches() || hasDotSegment(file)) {
            throw new InvalidValueException("file", "must be a relative path of letters, digits and . _ ~ / -: "
                    + Printable.of(file));
        }
        return new BootUrl(scheme, literal, name, port, path + "/" + file);
    }

    /**
     * 192.0.2.1 and also 1.2.3, 3221225985 or 0xc0.2.1: WHATWG URL parsers (and inet_aton) take a host whose last label
     * is a decimal or 0x number for IPv4. No top-level domain is numeric, so no DNS name is refused.
     */
    private static boolean readAsIpv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = h.substring(h.lastIndexOf('.') + 1);
        if (last.startsWith("0x") || last.startsWith("0X")) {
            return last.substring(2).chars().allMatch(c -> Ascii.hexValue((char) c) >= 0);
        }
        return Ascii.isDigits(last);
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    public String scheme() {
        return scheme;
    }

    /** The host when it is an IPv6 literal. */
    public Optional<Ipv6Address> literal() {
        return Optional.ofNullable(literal);
    }

    /** The host when it is a DNS name (the client needs working DNS to use this URL). */
    public Optional<DomainName> dnsName() {
        return Optional.ofNullable(name);
    }

    public String path() {
        return path;
    }

    @Override
    public String toString() {
        return scheme + "://" + (literal != null ? literal.bracketed() : name.toString()) + (port < 0 ? "" : ":" + port)
                + path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BootUrl && o.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
