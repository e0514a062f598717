-- netboot6 schema 1: boot networks, hosts by MAC, one-time tokens, boot events.
-- MariaDB 10.6+ / MySQL 8. Every statement is re-runnable: MySQL DDL commits implicitly, so a migration
-- interrupted half-way is completed by running it again.

CREATE TABLE IF NOT EXISTS netboot6_network (
    id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    uuid            CHAR(36) CHARACTER SET ascii NOT NULL,
    name            VARCHAR(64) NOT NULL,
    interface_name  VARCHAR(15) CHARACTER SET ascii NOT NULL,
    prefix          VARCHAR(43) CHARACTER SET ascii NOT NULL,
    router          VARCHAR(39) CHARACTER SET ascii NOT NULL,
    boot_server     VARCHAR(39) CHARACTER SET ascii NOT NULL,
    boot_port       INT NOT NULL,
    tftp_server     VARCHAR(39) CHARACTER SET ascii NOT NULL,
    dns_servers     VARCHAR(512) CHARACTER SET ascii NOT NULL,
    search_domains  VARCHAR(1024) CHARACTER SET ascii NOT NULL,
    pool_start      VARCHAR(39) CHARACTER SET ascii NOT NULL,
    pool_end        VARCHAR(39) CHARACTER SET ascii NOT NULL,
    created         DATETIME(3) NOT NULL,
    removed         DATETIME(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_netboot6_network_uuid (uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS netboot6_host (
    id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    uuid            CHAR(36) CHARACTER SET ascii NOT NULL,
    network_id      BIGINT UNSIGNED NOT NULL,
    hostname        VARCHAR(63) CHARACTER SET ascii NOT NULL,
    smbios_uuid     CHAR(36) CHARACTER SET ascii NULL,
    state           VARCHAR(16) CHARACTER SET ascii NOT NULL,
    created         DATETIME(3) NOT NULL,
    updated         DATETIME(3) NOT NULL,
    removed         DATETIME(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_netboot6_host_uuid (uuid),
    KEY ix_netboot6_host_network (network_id),
    CONSTRAINT fk_netboot6_host_network FOREIGN KEY (network_id) REFERENCES netboot6_network (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The boot hot path: MAC -> host. A row exists only while its host is not removed, so a MAC can be reused.
CREATE TABLE IF NOT EXISTS netboot6_host_mac (
    mac             CHAR(17) CHARACTER SET ascii NOT NULL,
    host_id         BIGINT UNSIGNED NOT NULL,
    PRIMARY KEY (mac),
    KEY ix_netboot6_host_mac_host (host_id),
    CONSTRAINT fk_netboot6_host_mac_host FOREIGN KEY (host_id) REFERENCES netboot6_host (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE IF NOT EXISTS netboot6_token (
    token           CHAR(43) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    host_id         BIGINT UNSIGNED NOT NULL,
    purpose         VARCHAR(16) CHARACTER SET ascii NOT NULL,
    created         DATETIME(3) NOT NULL,
    expires         DATETIME(3) NOT NULL,
    used            DATETIME(3) NULL,
    PRIMARY KEY (token),
    KEY ix_netboot6_token_host (host_id),
    CONSTRAINT fk_netboot6_token_host FOREIGN KEY (host_id) REFERENCES netboot6_host (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE IF NOT EXISTS netboot6_boot_event (
    id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    host_id         BIGINT UNSIGNED NULL,
    at              DATETIME(3) NOT NULL,
    kind            VARCHAR(32) CHARACTER SET ascii NOT NULL,
    detail          VARCHAR(512) NOT NULL,
    remote          VARCHAR(64) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    KEY ix_netboot6_boot_event_host (host_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
