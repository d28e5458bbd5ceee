package copgraph.neo4jembedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Neo4j 5 Community, embedded, with its Bolt connector on a loopback port, for the tests.
 *
 * <p>When Bolt accepts connections it prints exactly one line, {@code NEO4J_URI=bolt://127.0.0.1:PORT},
 * to stdout; everything else goes to stderr. Auth and Bolt encryption are off. It stops (shutting the
 * DBMS down and deleting the directory it created) on SIGTERM/SIGINT and when its stdin reaches EOF.
 */
public final class Main {
    private static final String HOST = "127.0.0.1";
    private static final String DEFAULT_DATABASE = "neo4j";

    private static final Object LOCK = new Object();
    private static DatabaseManagementService dbms;
    private static boolean stopped;

    private Main() {}

    private static final class Options {
        Path dir;
        int port;
        long pageCacheBytes = 128L * 1024 * 1024;
        Level logLevel = Level.WARN;
        String stdinWatch = "auto";
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // Neo4j may have started non-daemon threads: exit explicitly (the shutdown hook cleans up).
            System.err.print("neo4j-embedded: failed: ");
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        // stdout carries only the NEO4J_URI line; anything else that writes to System.out goes to stderr.
        PrintStream uriOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options opts = parseArgs(args);
        boolean ownDir = opts.dir == null;
        Path home = ownDir ? Files.createTempDirectory("neo4j-embedded-") : opts.dir.toAbsolutePath();
        Files.createDirectories(home);
        log("home " + home + (ownDir ? " (temporary, deleted on exit)" : ""));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(home, ownDir), "neo4j-embedded-shutdown"));
        watchStdin(opts.stdinWatch);

        long t0 = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.err, opts.logLevel))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, opts.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, opts.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt otherwise waits 5 s twice on shutdown for connections and threads to drain.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.filewatcher_enabled, false)
                .build();
        synchronized (LOCK) {
            if (stopped) { // a signal arrived while the DBMS was starting
                service.shutdown();
                return;
            }
            dbms = service;
        }

        GraphDatabaseService db = service.database(DEFAULT_DATABASE);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(3))) {
            throw new IllegalStateException("database '" + DEFAULT_DATABASE + "' did not become available");
        }
        int port = boltPort((GraphDatabaseAPI) db);
        awaitListening(port);
        log(String.format("ready in %.1f s", (System.nanoTime() - t0) / 1e9));

        uriOut.println("NEO4J_URI=bolt://" + HOST + ":" + port);
        uriOut.flush();

        new CountDownLatch(1).await(); // live until a signal or stdin EOF calls System.exit
    }

    /** The port Bolt actually bound (the configured one, or the one the OS picked for port 0). */
    private static int boltPort(GraphDatabaseAPI db) {
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            throw new IllegalStateException("the Bolt connector did not register a port");
        }
        return address.getPort();
    }

    private static void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt is not accepting connections on port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void stop(Path home, boolean ownDir) {
        synchronized (LOCK) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (dbms != null) {
                log("shutting down");
                try {
                    dbms.shutdown();
                } catch (Throwable t) {
                    log("shutdown failed: " + t);
                }
            }
        }
        if (ownDir) {
            deleteTree(home);
        }
        log("stopped");
    }

    /**
     * Stops the process when stdin reaches EOF, so that it dies with a parent that holds the other end of
     * a pipe. "auto" skips this when stdin is /dev/null (as for a background job of a non-interactive
     * shell), where EOF comes at once and means nothing.
     */
    private static void watchStdin(String mode) {
        if (mode.equals("off")) {
            return;
        }
        if (mode.equals("auto")) {
            try {
                Path target = Files.readSymbolicLink(Paths.get("/proc/self/fd/0"));
                if (target.toString().equals("/dev/null")) {
                    log("stdin is /dev/null: not watching it for EOF (stop with SIGTERM)");
                    return;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // not Linux /proc: watch anyway
            }
        }
        Thread t = new Thread(() -> {
            byte[] buf = new byte[512];
            InputStream in = System.in;
            try {
                while (in.read(buf) >= 0) {
                    // discard
                }
            } catch (IOException e) {
                // treat as EOF
            }
            log("stdin closed: stopping");
            System.exit(0);
        }, "neo4j-embedded-stdin");
        t.setDaemon(true);
        t.start();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log("could not delete " + p + ": " + e);
                }
            });
        } catch (IOException e) {
            log("could not delete " + root + ": " + e);
        }
    }

    private static Options parseArgs(String[] args) {
        Options o = new Options();
        String envPort = System.getenv("NEO4J_EMBEDDED_PORT");
        if (envPort != null && !envPort.isEmpty()) {
            o.port = parsePort(envPort);
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--dir":
                    o.dir = Paths.get(v != null ? v : value(args, ++i, a));
                    break;
                case "--port":
                    o.port = parsePort(v != null ? v : value(args, ++i, a));
                    break;
                case "--pagecache":
                    o.pageCacheBytes = parseSize(v != null ? v : value(args, ++i, a));
                    break;
                case "--log-level":
                    o.logLevel = Level.valueOf((v != null ? v : value(args, ++i, a)).toUpperCase());
                    break;
                case "--stdin-watch":
                    o.stdinWatch = v != null ? v : value(args, ++i, a);
                    if (!o.stdinWatch.matches("auto|on|off")) {
                        usage("--stdin-watch takes auto, on or off");
                    }
                    break;
                case "-h":
                case "--help":
                    usage(null);
                    break;
                default:
                    usage("unknown argument: " + args[i]);
            }
        }
        return o;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            usage(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        usage("bad port: " + s);
        return 0;
    }

    private static long parseSize(String s) {
        String t = s.trim().toLowerCase();
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1L << 10;
        } else if (t.endsWith("m")) {
            mult = 1L << 20;
        } else if (t.endsWith("g")) {
            mult = 1L << 30;
        }
        if (mult != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Long.parseLong(t) * mult;
        } catch (NumberFormatException e) {
            usage("bad size: " + s);
            return 0;
        }
    }

    private static void usage(String error) {
        PrintStream err = System.err;
        if (error != null) {
            err.println("neo4j-embedded: " + error);
        }
        err.println("usage: neo4j-embedded [--dir DIR] [--port N] [--pagecache SIZE] [--log-level LEVEL]"
                + " [--stdin-watch auto|on|off]");
        err.println("  --dir DIR          Neo4j home (kept on exit); default: a new temp dir, deleted on exit");
        err.println("  --port N           Bolt port on 127.0.0.1 (env NEO4J_EMBEDDED_PORT); default 0 = any free port");
        err.println("  --pagecache SIZE   page cache size, e.g. 128m (default)");
        err.println("  --log-level LEVEL  DEBUG, INFO, WARN (default), ERROR or NONE for the user log on stderr");
        err.println("  --stdin-watch MODE stop at stdin EOF: auto (default; not when stdin is /dev/null), on, off");
        err.println("Prints NEO4J_URI=bolt://127.0.0.1:PORT on stdout when ready. Auth and encryption are off.");
        System.exit(error == null ? 0 : 2);
    }

    private static void log(String msg) {
        System.err.println("neo4j-embedded: " + msg);
        System.err.flush();
    }
}
