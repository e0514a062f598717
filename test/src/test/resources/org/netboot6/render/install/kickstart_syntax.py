"""Kickstart syntax check for the EL 9 commands netboot6 renders.

pykickstart's ksvalidator is not packaged in Debian 12, so this follows its rules for the subset netboot6 uses:
lines outside sections are commands, tokenized with shlex in POSIX mode (the tokenizer pykickstart uses); every
command and option must be known; addresses must parse; %packages/%pre/%post sections must close with %end.
Exit 0 when the file is valid, 1 with one line per problem otherwise.
"""
import ipaddress
import re
import shlex
import sys

COMMANDS = {
    "text": set(), "zerombr": set(), "autopart": {"--type", "--nohome", "--noswap"},
    "url": {"--url", "--proxy", "--noverifyssl"},
    "lang": {"--addsupport"}, "keyboard": {"--vckeymap", "--xlayouts"},
    "timezone": {"--utc", "--nontp", "--ntpservers"},
    "network": {"--device", "--noipv4", "--noipv6", "--onboot", "--activate", "--ipv6", "--ipv6gateway",
                "--nameserver", "--hostname", "--bootproto", "--ipv6-addr-gen-mode"},
    "firewall": {"--enabled", "--disabled", "--service", "--port"},
    "services": {"--enabled", "--disabled"},
    "rootpw": {"--iscrypted", "--lock", "--allow-ssh"},
    "user": {"--name", "--groups", "--iscrypted", "--password", "--lock", "--shell"},
    "sshkey": {"--username"},
    "ignoredisk": {"--only-use", "--drives"},
    "clearpart": {"--all", "--initlabel", "--drives"},
    "bootloader": {"--location", "--append", "--boot-drive"},
    "firstboot": {"--disabled"},
    "reboot": {"--eject"},
}
SECTIONS = {"%packages": set(), "%pre": {"--erroronfail", "--log", "--interpreter"},
            "%post": {"--erroronfail", "--log", "--nochroot", "--interpreter"}}
CRYPT = re.compile(r"\$(6|5|y)\$[./0-9A-Za-z=$]+")
PACKAGE = re.compile(r"(@\^?[A-Za-z0-9._-]+|-?[A-Za-z0-9][A-Za-z0-9+._-]*)")


def options(tokens):
    """--name=value or --name value pairs, and positional arguments."""
    opts, positional = {}, []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.startswith("--"):
            name, eq, value = t.partition("=")
            opts[name] = value if eq else None
        else:
            positional.append(t)
        i += 1
    return opts, positional


def check_command(cmd, opts, positional, problems, n):
    def addr(value, what):
        try:
            ipaddress.IPv6Address(value)
        except ValueError:
            problems.append(f"line {n}: {what} is not an IPv6 address: {value!r}")

    if cmd == "network":
        v6 = opts.get("--ipv6")
        if v6 not in ("auto", "dhcp"):
            try:
                ipaddress.IPv6Interface(v6 or "")
            except ValueError:
                problems.append(f"line {n}: --ipv6 is neither auto, dhcp nor address/prefix: {v6!r}")
        if "--ipv6gateway" in opts:
            addr(opts["--ipv6gateway"], "--ipv6gateway")
        for ns in (opts.get("--nameserver") or "").split(","):
            addr(ns, "--nameserver")
    if cmd in ("rootpw", "user") and "--iscrypted" in opts:
        secret = opts.get("--password") if cmd == "user" else (positional[0] if positional else "")
        if not CRYPT.fullmatch(secret or ""):
            problems.append(f"line {n}: {cmd} --iscrypted without a crypt hash")
    if cmd == "sshkey":
        if len(positional) != 1 or len(positional[0].split(" ")) not in (2, 3):
            problems.append(f"line {n}: sshkey needs exactly one quoted key")
    if cmd == "url" and not (opts.get("--url") or "").startswith(("http://", "https://")):
        problems.append(f"line {n}: url --url must be http(s)")


def main(path):
    problems = []
    section = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if section:
                if line.strip() == "%end":
                    section = None
                elif section == "%packages" and line.strip() and not PACKAGE.fullmatch(line.strip()):
                    problems.append(f"line {n}: not a package or group: {line!r}")
                continue
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                tokens = shlex.split(line, posix=True)
            except ValueError as e:
                problems.append(f"line {n}: {e}")
                continue
            cmd, rest = tokens[0], tokens[1:]
            opts, positional = options(rest)
            if cmd.startswith("%"):
                if cmd not in SECTIONS:
                    problems.append(f"line {n}: unknown section {cmd}")
                unknown = set(opts) - SECTIONS.get(cmd, set())
                if unknown:
                    problems.append(f"line {n}: unknown options for {cmd}: {sorted(unknown)}")
                section = cmd
                continue
            if cmd not in COMMANDS:
                problems.append(f"line {n}: unknown command {cmd}")
                continue
            unknown = set(opts) - COMMANDS[cmd]
            if unknown:
                problems.append(f"line {n}: unknown options for {cmd}: {sorted(unknown)}")
            check_command(cmd, opts, positional, problems, n)
    if section:
        problems.append(f"section {section} is not closed with %end")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
