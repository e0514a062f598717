package org.netboot6.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to install on a host and how: the release, where iPXE gets the installer kernel and initrd, the package
 * mirror, the addressing mode of the installed system, who can log in, extra packages. Valid on construction.
 */
public final class InstallProfile {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /**
     * A device path as the kernel and udev name it: /dev/sda, /dev/nvme0n1, /dev/disk/by-id/ata-Samsung_SSD_..._S3Z1,
     * /dev/disk/by-path/pci-0000:00:1f.2-ata-1, by-uuid, by-label. Never white space, a comma (kickstart's list
     * separator in --only-use and --drives), quotes, backslash (udev's \x20 escapes), '#', '=', '$' or glob characters,
     * so it goes unquoted into a preseed value, a YAML scalar and a kickstart option. At most 255 characters, the
     * width of the profile's disk column (schema 7).
     */
    private static final Pattern DISK = Pattern.compile("/dev/[A-Za-z0-9][A-Za-z0-9/_.:+@-]{0,249}");

    private final String name;
    private final OsRelease release;
    private final BootUrl kernelUrl;
    private final BootUrl initrdUrl;
    private final BootUrl mirror;
    private final BootUrl isoUrl;
    private final AddressingMode addressing;
    private final LoginAccount account;
    private final List<PackageName> packages;
    private final List<KernelArgument> extraKernelArgs;
    private final String disk;

    private InstallProfile(Builder b) {
        if (b.name == null || !NAME.matcher(b.name).matches()) {
            throw new InvalidValueException("name", "must be 1-64 letters, digits, '.', '_' or '-': " + Printable.of(b.name));
        }
        name = b.name;
        release = require("release", b.release);
        kernelUrl = http("kernelUrl", b.kernelUrl);
        initrdUrl = http("initrdUrl", b.initrdUrl);
        mirror = http("mirror", b.mirror);
        if (release.family() == OsFamily.UBUNTU) {
            isoUrl = http("isoUrl", b.isoUrl);
        } else if (b.isoUrl != null) {
            throw new InvalidValueException("isoUrl", "is only used by Ubuntu's netboot installer, not " + release);
        } else {
            isoUrl = null;
        }
        addressing = require("addressing", b.addressing);
        account = require("account", b.account);
        packages = Collections.unmodifiableList(new ArrayList<>(b.packages));
        extraKernelArgs = Collections.unmodifiableList(new ArrayList<>(b.extraKernelArgs));
        if (b.disk != null && (!DISK.matcher(b.disk).matches() || !isPlainPath(b.disk))) {
            throw new InvalidValueException("disk", "must be a device path of at most 255 letters, digits and / _ . : + @ -, "
                    + "such as /dev/sda, /dev/disk/by-id/... or /dev/disk/by-path/...: " + Printable.of(b.disk));
        }
        disk = b.disk;
    }

    /** No empty, "." or ".." segment and no trailing '/': the path names one device, as written. */
    private static boolean isPlainPath(String path) {
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is missing");
        }
        return value;
    }

    private static BootUrl http(String field, BootUrl url) {
        require(field, url);
        if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
            throw new InvalidValueException(field, "must be an http:// or https:// URL, got " + url);
        }
        return url;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    public OsRelease release() {
        return release;
    }

    public BootUrl kernelUrl() {
        return kernelUrl;
    }

    public BootUrl initrdUrl() {
        return initrdUrl;
    }

    /**
     * Debian/Ubuntu: the archive root (e.g. {@code http://deb.example/debian}); EL: the BaseOS install tree
     * (e.g. {@code http://mirror.example/rocky/9/BaseOS/x86_64/os}).
     */
    public BootUrl mirror() {
        return mirror;
    }

    /** Ubuntu only: the live-server ISO the casper initrd downloads. */
    public Optional<BootUrl> isoUrl() {
        return Optional.ofNullable(isoUrl);
    }

    public AddressingMode addressing() {
        return addressing;
    }

    public LoginAccount account() {
        return account;
    }

    public List<PackageName> packages() {
        return packages;
    }

    public List<KernelArgument> extraKernelArgs() {
        return extraKernelArgs;
    }

    /** The install disk; empty means the installer's choice (the only or first disk). */
    public Optional<String> disk() {
        return Optional.ofNullable(disk);
    }

    public static final class Builder {
        private String name;
        private OsRelease release;
        private BootUrl kernelUrl;
        private BootUrl initrdUrl;
        private BootUrl mirror;
        private BootUrl isoUrl;
        private AddressingMode addressing = AddressingMode.STATIC;
        private LoginAccount account;
        private final List<PackageName> packages = new ArrayList<>();
        private final List<KernelArgument> extraKernelArgs = new ArrayList<>();
        private String disk;

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder release(OsRelease v) {
            release = v;
            return this;
        }

        public Builder kernelUrl(BootUrl v) {
            kernelUrl = v;
            return this;
        }

        public Builder initrdUrl(BootUrl v) {
            initrdUrl = v;
            return this;
        }

        public Builder mirror(BootUrl v) {
            mirror = v;
            return this;
        }

        public Builder isoUrl(BootUrl v) {
            isoUrl = v;
            return this;
        }

        public Builder addressing(AddressingMode v) {
            addressing = v;
            return this;
        }

        public Builder account(LoginAccount v) {
            account = v;
            return this;
        }

        public Builder addPackage(PackageName v) {
            packages.add(require("packages", v));
            return this;
        }

        public Builder addKernelArg(KernelArgument v) {
            extraKernelArgs.add(require("extraKernelArgs", v));
            return this;
        }

        public Builder disk(String v) {
            disk = v;
            return this;
        }

        public InstallProfile build() {
            return new InstallProfile(this);
        }
    }
}
