package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone sandbox: {@code reeldrop --sandbox-server [options]}. Prints one line,
 * {@code listening on http://127.0.0.1:N/v1.3 (and /v1.2)}, then serves until Ctrl-C, when it
 * stops Jetty and the scheduler and saves its state.
 */
@Command(name = "reeldrop --sandbox-server", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the offline, API-compatible Twelve Labs sandbox until Ctrl-C.")
public final class SandboxMain implements Callable<Integer> {

    /** Held strongly: java.util.logging forgets a level set on a logger nobody references. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    @Option(names = "--sandbox-server", description = "Selects this mode (accepted and ignored here).")
    boolean sandboxServer;

    @Option(names = "--port", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 0;

    @Option(names = "--upload-port", description = "TCP port of the presigned chunk URLs; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int uploadPort = 0;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String bind = "127.0.0.1";

    @Option(names = "--api-key", description = "The x-api-key clients must send (default: the "
            + Exposure.ENV_API_KEY + " environment variable, which keeps it out of the process list, else sandbox;"
            + " required with a --bind beyond loopback).")
    String apiKey;

    @Option(names = "--allow-private-urls", description = "With a --bind beyond loopback, still fetch video URLs in"
            + " private, loopback and link-local ranges (always allowed on loopback).")
    boolean allowPrivateUrls;

    @Option(names = "--max-downloads", description = "Video downloads at once; more wait (default: 200 on loopback,"
            + " 8 beyond).")
    Integer maxDownloads;

    @Option(names = "--max-download-bytes", description = "Bytes all downloads together may fetch while the sandbox"
            + " runs (default: no limit on loopback, 20 GiB beyond).")
    Long maxDownloadBytes;

    @Option(names = "--time-scale", description = "Speed-up of pending/queued/indexing, e.g. 10 (default: ${DEFAULT-VALUE}).")
    double timeScale = 1.0;

    @Option(names = "--data-dir", description = "Folder for state and downloads; tasks survive a restart (default: a temporary folder).")
    Path dataDir;

    @Option(names = "--api-version", description = "Version printed first and used by default: 1.2 or 1.3 (default: ${DEFAULT-VALUE}); both are served.")
    String apiVersion = "1.3";

    @Option(names = "--rate-limit", description = "Requests per minute before 429 too_many_requests (default: ${DEFAULT-VALUE}).")
    int rateLimit = SandboxConfig.defaults().rateLimitPerMinute();

    @Option(names = "--fault-seed", description = "Seed of every injected fault decision (default: ${DEFAULT-VALUE}).")
    long faultSeed = 1;

    @Option(names = "--fault-server-errors", description = "Share of answers replaced by 500/502/503, 0..1.")
    double faultServerErrors;

    @Option(names = "--fault-latency-ms", description = "Milliseconds added before every answer.")
    long faultLatencyMillis;

    @Option(names = "--fault-drop", description = "Share of answers cut off mid-body, 0..1.")
    double faultDrop;

    @Option(names = "--fault-429-bursts", description = "Chance that an answer starts a burst of empty-bodied 429s, 0..1.")
    double fault429Bursts;

    @Option(names = "--fault-429-burst-length", description = "Answers per 429 burst (default: ${DEFAULT-VALUE}).")
    int fault429BurstLength = 3;

    @Option(names = "--fault-task-failures", description = "Share of tasks that fail at a random stage, 0..1.")
    double faultTaskFailures;

    @Option(names = "--fault-expired-urls", description = "Share of chunk PUTs refused as if their presigned URL had expired, 0..1.")
    double faultExpiredUrls;

    @Option(names = "--fault-slow-uploads", description = "Read chunk PUT bodies at most this many bytes per second (0: off).")
    long faultSlowUploads;

    private final PrintStream out;
    private final Map<String, String> env;
    private final CountDownLatch stopped = new CountDownLatch(1);

    SandboxMain(PrintStream out) {
        this(out, System.getenv());
    }

    SandboxMain(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    /** Entry for {@code io.reeldrop.Main}: parses, serves until the JVM is told to stop, returns the exit code. */
    public static int run(String[] args) {
        return new CommandLine(new SandboxMain(System.out)).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Ends {@link #call()} as Ctrl-C would; for embedding and tests. */
    void stop() {
        stopped.countDown();
    }

    SandboxConfig config() {
        FaultPlan faults = FaultPlan.none().withSeed(faultSeed)
                .withServerErrors(faultServerErrors)
                .withLatency(Duration.ofMillis(faultLatencyMillis))
                .withDroppedConnections(faultDrop)
                .withTooManyRequestsBursts(fault429Bursts, fault429BurstLength)
                .withTaskFailures(faultTaskFailures)
                .withExpiredUploadUrls(faultExpiredUrls)
                .withSlowUploadBodies(faultSlowUploads);
        SandboxGuards guards = Exposure.isLoopback(bind) ? SandboxGuards.forLoopback()
                : SandboxGuards.forNetwork().withAllowPrivateUrls(allowPrivateUrls);
        if (maxDownloads != null) {
            guards = guards.withMaxConcurrentDownloads(maxDownloads);
        }
        if (maxDownloadBytes != null) {
            guards = guards.withMaxDownloadBytes(maxDownloadBytes);
        }
        return SandboxConfig.defaults()
                .withBindAddress(bind)
                .withPort(port)
                .withUploadPort(uploadPort)
                .withApiKey(effectiveApiKey())
                .withGuards(guards)
                .withTimeScale(timeScale)
                .withDataDir(dataDir)
                .withPrimaryVersion(apiVersion)
                .withRateLimitPerMinute(rateLimit)
                .withFaults(faults);
    }

    /** The option, else the environment, else the well-known key (refused beyond loopback). */
    private String effectiveApiKey() {
        if (apiKey != null) {
            return apiKey;
        }
        String fromEnv = env.get(Exposure.ENV_API_KEY);
        return fromEnv == null || fromEnv.isBlank() ? SandboxConfig.DEFAULT_API_KEY : fromEnv.strip();
    }

    @Override
    public Integer call() throws Exception {
        JETTY_LOG.setLevel(Level.WARNING); // one line of output, as documented
        SandboxConfig config;
        try {
            config = config();
            Exposure.requireOwnKeyBeyondLoopback(config);
            if (dataDir != null) {
                OwnerOnlyFolders.create(dataDir);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("reeldrop: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("reeldrop: the data folder " + dataDir + " cannot be created (" + e
                    + "). Choose another --data-dir.");
            return 2;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(config);
        } catch (RuntimeException e) {
            System.err.println("reeldrop: " + e.getMessage());
            return 1;
        }
        String other = config.primaryVersion().equals("1.3") ? "1.2" : "1.3";
        out.println("listening on " + server.baseUrl() + " (and /v" + other + ")");
        out.flush();
        AtomicBoolean jvmStopping = new AtomicBoolean();
        Thread onCtrlC = new Thread(() -> {
            jvmStopping.set(true);
            server.close();
            System.err.println("sandbox stopped");
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        stopped.await();
        if (!jvmStopping.get()) {
            // stopped through stop(): the hook has not run (hooks cannot be removed once the JVM is stopping)
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            server.close();
        }
        return 0;
    }
}
