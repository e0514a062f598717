package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netboot6.lab.Commands;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.OsFamily;
import org.netboot6.model.OsRelease;
import org.netboot6.model.PasswordHash;
import org.netboot6.render.ConfigFile;
import org.netboot6.render.hostnet.YamlWriter;

/**
 * Every installer answer file, for every release, host shape, addressing mode and account kind, passes the real
 * tool's check: {@code debconf-set-selections --checkonly} for preseeds; {@code cloud-init schema --config-file}
 * for the autoinstall user-data and, separately, for the cloud-config nested under {@code autoinstall.user-data}
 * (cloud-init 22.4 ignores the unknown top-level {@code autoinstall} key, so the nested part must be checked on its
 * own), with the autoinstall {@code network} tree also run through {@code netplan generate}; kickstarts through
 * {@link KickstartSyntax} (pykickstart's ksvalidator is not packaged in Debian 12). Every shell step an answer file
 * runs is checked with {@code sh -n}. Each tool is shown to reject a broken file.
 */
class InstallerToolCheckTest {
    /** The YAML library cloud-init itself uses, from Debian's python3 (a cloud-init dependency). */
    private static final String DEBIAN_PYTHON = "/usr/bin/python3";

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        ToolFixtures.requireTool("debconf-set-selections", "debconf");
        ToolFixtures.requireTool("cloud-init", "cloud-init");
        ToolFixtures.requireTool("netplan", "netplan.io");
    }

    private static List<InstallRequest> requests(OsFamily family) {
        List<InstallRequest> all = new ArrayList<>();
        for (OsRelease release : OsRelease.values()) {
            if (release.family() != family) {
                continue;
            }
            for (HostLink link : ToolFixtures.links()) {
                for (AddressingMode mode : AddressingMode.values()) {
                    all.add(ToolFixtures.request(release, link, mode, true));
                    all.add(ToolFixtures.request(release, link, mode, false));
                }
            }
        }
        return all;
    }

    private Path write(String name, String text) throws IOException {
        return ConfigFile.write(tmp.resolve(name), () -> text);
    }

    private static void shellSyntaxOk(String what, String script) {
        Commands.Result r = Commands.tryRun("sh", "-n", "-c", script);
        assertThat(r.exitCode).as(what + ": sh -n: " + r.output).isZero();
    }

    @Test
    void preseedsPassDebconfAndTheirLateCommandIsValidShell() throws IOException {
        int i = 0;
        for (InstallRequest r : requests(OsFamily.DEBIAN)) {
            String preseed = new PreseedRenderer().render(r);
            Path file = write("preseed" + i++ + ".cfg", preseed);
            Commands.Result check = Commands.tryRun("debconf-set-selections", "--checkonly", file.toString());
            assertThat(check.exitCode).as(r.profile().release() + ": " + check.output).isZero();
            shellSyntaxOk("late_command", PreseedRenderer.lateCommand(r));
        }
        assertThat(i).isEqualTo(2 * 3 * 2 * 2);
    }

    @Test
    void debconfRejectsABrokenPreseed() throws IOException {
        Path file = write("broken.cfg", "d-i netcfg/get_hostname\n");
        assertThat(Commands.tryRun("debconf-set-selections", "--checkonly", file.toString()).exitCode).isNotZero();
    }

    @Test
    void autoinstallUserDataAndItsNestedCloudConfigPassCloudInitSchema() throws IOException {
        AutoinstallRenderer renderer = new AutoinstallRenderer();
        int i = 0;
        for (InstallRequest r : requests(OsFamily.UBUNTU)) {
            String what = r.profile().release() + " " + r.network().link().interfaceName() + " " + r.network().addressing();
            schemaOk(what, write("user-data" + i, renderer.userData(r)));
            schemaOk(what + " nested", write("nested" + i, "#cloud-config\n" + YamlWriter.write(renderer.targetUserData(r))));
            // the network tree as netplan reads it, and each late command as sh reads it, after real YAML parsing
            Path root = Files.createDirectories(tmp.resolve("root" + i + "/etc/netplan")).getParent().getParent();
            String parsed = yaml(write("ud" + i++ + ".yaml", renderer.userData(r)),
                    "import json; print(json.dumps(d['autoinstall']['network'])); "
                            + "[print('LATE\\t' + c) for c in d['autoinstall']['late-commands']]");
            String networkJson = parsed.substring(0, parsed.indexOf('\n'));
            Files.writeString(root.resolve("etc/netplan/50-netboot6.yaml"), "{\"network\": " + networkJson + "}\n");
            Commands.Result gen = Commands.tryRun("netplan", "generate", "--root-dir", root.toString());
            assertThat(gen.exitCode).as(what + ": netplan: " + gen.output).isZero();
            List<String> late = new ArrayList<>();
            for (String line : parsed.split("\n")) {
                if (line.startsWith("LATE\t")) {
                    late.add(line.substring(5));
                }
            }
            assertThat(late).hasSize(2 + 3).last().asString().startsWith("wget -q -O /dev/null http://[2001:db8:0:1::2]:8080/");
            late.forEach(c -> shellSyntaxOk(what, c));
        }
    }

    @Test
    void cloudInitSchemaRejectsABrokenCloudConfig() throws IOException {
        Path file = write("broken-user-data", "#cloud-config\nusers: 5\n");
        assertThat(Commands.tryRun("cloud-init", "schema", "--config-file", file.toString()).exitCode).isNotZero();
    }

    @Test
    void yamlEscapesReadBackAsTheOriginalText() throws IOException {
        String evil = "a\"\nautoinstall: {late-commands: [reboot]}\n# c &x *x !!str ${x}; \\ '\u00e9";
        Path file = write("evil.yaml", YamlWriter.write(Map.of("k", evil)));
        String back = yaml(file, "import sys; sys.stdout.write(json.dumps(d))");
        assertThat(back).isEqualTo("{\"k\": \"a\\\"\\nautoinstall: {late-commands: [reboot]}\\n# c &x *x !!str ${x}; \\\\ '\\u00e9\"}");
    }

    @Test
    void kickstartsParseAndTheirScriptsAreValidShell() {
        for (InstallRequest r : requests(OsFamily.EL)) {
            String ks = new KickstartRenderer().render(r);
            KickstartSyntax.check(ks);
            for (String body : KickstartSyntax.scriptBodies(ks)) {
                shellSyntaxOk("%post", body);
            }
        }
    }

    /** Real udev names (upper case, ':' and '.') reach each installer as one whole device path. */
    @ParameterizedTest
    @ValueSource(strings = {"/dev/disk/by-id/ata-Samsung_SSD_860_EVO_500GB_S3Z1NB0K123456X",
        "/dev/disk/by-path/pci-0000:00:1f.2-ata-1"})
    void udevDiskNamesReachEveryInstallerWhole(String disk) throws IOException {
        HostLink link = ToolFixtures.links().get(0);
        String preseed = new PreseedRenderer().render(
                ToolFixtures.request(OsRelease.DEBIAN_13, link, AddressingMode.STATIC, true, disk));
        Path file = write("disk.cfg", preseed);
        Commands.Result check = Commands.tryRun("debconf-set-selections", "--checkonly", file.toString());
        assertThat(check.exitCode).as(check.output).isZero();
        assertThat(preseed).contains("\nd-i partman-auto/disk string " + disk + "\n",
                "\nd-i grub-installer/bootdev string " + disk + "\n");

        Path userData = write("disk-user-data", new AutoinstallRenderer().userData(
                ToolFixtures.request(OsRelease.UBUNTU_24_04, link, AddressingMode.STATIC, true, disk)));
        schemaOk("disk", userData);
        assertThat(yaml(userData, "sys.stdout.write(d['autoinstall']['storage']['layout']['match']['path'])"))
                .isEqualTo(disk);

        String ks = new KickstartRenderer().render(ToolFixtures.request(OsRelease.EL_9, link, AddressingMode.STATIC, true, disk));
        KickstartSyntax.check(ks);
        String ignoredisk = ks.lines().filter(l -> l.startsWith("ignoredisk ")).findFirst().orElseThrow();
        // as pykickstart tokenizes it, and as anaconda splits --only-use at commas
        Commands.Result tokens = Commands.tryRun("python3", "-c", "import sys, shlex; t = shlex.split(sys.argv[1], "
                + "posix=True); sys.stdout.write('|'.join(t[:1] + t[1].split('=', 1)[1].split(',')))", ignoredisk);
        assertThat(tokens.output).isEqualTo("ignoredisk|" + disk);
    }

    @Test
    void kickstartCheckerRejectsBrokenFiles() {
        assertThat(KickstartSyntax.run("text\nbogus --x\n").exitCode).isNotZero();
        assertThat(KickstartSyntax.run("network --device=02:00:00:00:00:01 --ipv6=2001:db8::1/64 --nameserver=x\n")
                .output).contains("--nameserver is not an IPv6 address");
        assertThat(KickstartSyntax.run("rootpw --iscrypted hunter2\n").output).contains("without a crypt hash");
        assertThat(KickstartSyntax.run("%post\necho x\n").output).contains("not closed");
        assertThat(KickstartSyntax.run("sshkey --username=root \"ssh-ed25519 AAAA\n").exitCode).isNotZero();
    }

    /** A plaintext password never gets as far as a file: parsing refuses it and ConfigFile writes nothing. */
    @Test
    void badInputLeavesNoFile() {
        Path target = tmp.resolve("never.cfg");
        assertThatThrownBy(() -> ConfigFile.write(target, () -> {
            PasswordHash hash = PasswordHash.parse("passwordHash", "correct horse battery staple");
            throw new AssertionError("refused input was accepted: " + hash);
        })).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("passwordHash ");
        assertThat(target).doesNotExist();
    }

    private void schemaOk(String what, Path file) {
        Commands.Result r = Commands.tryRun("cloud-init", "schema", "--config-file", file.toString());
        assertThat(r.exitCode).as(what + ": " + r.output).isZero();
        assertThat(r.output).contains("Valid cloud-config");
    }

    /** Loads {@code file} with PyYAML's safe loader into {@code d} and runs {@code code}; returns its output. */
    private static String yaml(Path file, String code) {
        Commands.Result r = Commands.tryRun(DEBIAN_PYTHON, "-c", "import sys, json, yaml; "
                + "d = yaml.safe_load(open(sys.argv[1])); " + code, file.toString());
        assertThat(r.exitCode).as(r.output).isZero();
        return r.output;
    }
}
