package org.netboot6.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.netboot6.lab.Daemon;

/**
 * nginx as our own foreground process with a private config on [::1]: the static-file baseline (what a
 * pre-rendered file per node behind a web server, as OpenStack Ironic does it, costs). Tuned as one would for that:
 * sendfile, keep-alive without a request limit, one worker per CPU, the access log on.
 */
final class Nginx implements AutoCloseable {
    private final Daemon daemon;
    final int port;
    final Path root;

    private Nginx(Daemon daemon, int port, Path root) {
        this.daemon = daemon;
        this.port = port;
        this.root = root;
    }

    static Nginx start(Path dir, int port, Map<String, byte[]> files) throws IOException {
        Path root = Files.createDirectories(dir.resolve("www"));
        Files.createDirectories(dir.resolve("tmp"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(root.resolve(f.getKey()), f.getValue());
        }
        String conf = "worker_processes auto;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("nginx-error.log") + " warn;\n"
                + "events { worker_connections 4096; }\n"
                + "http {\n"
                + "  access_log " + dir.resolve("nginx-access.log") + ";\n"
                + "  sendfile on;\n"
                + "  tcp_nopush on;\n"
                + "  keepalive_requests 10000000;\n"
                + "  default_type text/plain;\n"
                + "  client_body_temp_path " + dir.resolve("tmp") + ";\n"
                + "  proxy_temp_path " + dir.resolve("tmp") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("tmp") + ";\n"
                + "  uwsgi_temp_path " + dir.resolve("tmp") + ";\n"
                + "  scgi_temp_path " + dir.resolve("tmp") + ";\n"
                + "  server {\n"
                + "    listen [::1]:" + port + ";\n"
                + "    root " + root + ";\n"
                + "  }\n"
                + "}\n";
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        Daemon d = Daemon.start("nginx", List.of("nginx", "-e", dir.resolve("nginx-error.log").toString(), "-p",
                dir.toString(), "-c", confFile.toString(), "-g", "daemon off;"), Map.of(), dir.resolve("nginx.out"));
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("::1", port), 200);
                return new Nginx(d, port, root);
            } catch (IOException e) {
                if (!d.isAlive()) {
                    break;
                }
                sleep(50);
            }
        }
        d.close();
        throw new IOException("nginx did not start: see " + dir.resolve("nginx-error.log") + " and " + dir.resolve("nginx.out"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        daemon.close();
    }
}
