package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The sandbox, in-process. {@link #start(SandboxConfig)} binds (loopback and a free port by
 * default, plus a second free port for presigned chunk URLs) and returns a running server;
 * {@link #close()} stops Jetty, the scheduler and the download pool, and deletes the temporary
 * data folder if it made one.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(20))) {
 *     URI api = sandbox.baseUri();              // http://127.0.0.1:PORT/v1.3
 *     String index = SandboxServer.SANDBOX_INDEX_ID;
 *     sandbox.faults().set(FaultPlan.none().withSeed(7).withServerErrors(0.2));
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    /**
     * Id of the index every fresh sandbox has, named {@code sandbox}: fixed so the app can
     * preselect it ({@code 73616e64626f78} is "sandbox" in ASCII hex).
     */
    public static final String SANDBOX_INDEX_ID = "73616e64626f780000000001";
    public static final String SANDBOX_INDEX_NAME = "sandbox";

    private final SandboxConfig config;
    private final Server jetty;
    private final ServerConnector connector;
    private final ServerConnector uploadConnector;
    private final SandboxWorkers workers;
    private final ChunkHandler chunks;
    private final FaultInjector faults = new FaultInjector();
    private final Path dataDir;
    private final boolean temporaryDataDir;
    private final StateFolderLock folderLock;
    private final SlowClientGuard slowClients;
    private final SandboxStore store;

    private SandboxServer(SandboxConfig config, StateFolderLock folderLock) throws IOException {
        this.config = config;
        this.temporaryDataDir = config.dataDir() == null;
        this.dataDir = temporaryDataDir ? Files.createTempDirectory("reeldrop-sandbox") : config.dataDir();
        this.folderLock = folderLock;
        Path videosDir = OwnerOnlyFolders.create(dataDir.resolve("videos"));
        faults.set(config.faults());
        this.store = new SandboxStore(temporaryDataDir ? null : dataDir);
        if (!store.load()) {
            store.indexes().put(SANDBOX_INDEX_ID, new SandboxIndex(SANDBOX_INDEX_ID, SANDBOX_INDEX_NAME,
                    List.of(new SandboxIndex.Model("marengo3.0", List.of("visual", "audio")),
                            new SandboxIndex.Model("pegasus1.2", List.of("visual", "audio"))),
                    List.of("thumbnail"), TaskLifecycle.now()));
            store.save();
        }
        Path assetsDir = OwnerOnlyFolders.create(dataDir.resolve("assets"));
        this.workers = new SandboxWorkers(config);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("sandbox-http");
        threads.setDaemon(true);
        this.jetty = new Server(threads);
        this.connector = new ServerConnector(jetty);
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        jetty.addConnector(connector);
        // The presigned URLs' host: another port, so another origin, as an object store is.
        this.uploadConnector = new ServerConnector(jetty);
        uploadConnector.setHost(config.bindAddress());
        uploadConnector.setPort(config.uploadPort());
        jetty.addConnector(uploadConnector);
        this.slowClients = new SlowClientGuard(config.effectiveGuards(), workers.scheduler,
                () -> faults.plan().slowBodyBytesPerSecond() > 0);
        connector.addBean(slowClients);
        uploadConnector.addBean(slowClients);

        Indexer indexer = new Indexer(store, config, workers);
        TaskLifecycle tasks = new TaskLifecycle(store, config, faults, videosDir, workers, indexer);
        AssetLifecycle assets = new AssetLifecycle(store, config, workers, assetsDir);
        PresignedUrls urls = new PresignedUrls(store.urlSigningKey(), this::uploadOrigin, config.timeScale());
        UploadSessions uploads = new UploadSessions(store, config, workers, assets, urls);
        this.chunks = new ChunkHandler(store, faults, urls, workers);
        ApiRouter router = new ApiRouter(new IndexRoutes(store), new TaskRoutes(store, tasks, config, videosDir),
                new AssetRoutes(store, config, assets, assetsDir),
                new MultipartRoutes(store, config, uploads, this::apiBase),
                new IndexedAssetRoutes(store, new IndexedAssetLifecycle(store, faults, indexer), this::origin));
        SandboxHandler api = new SandboxHandler(config, faults, router);
        jetty.setHandler(slowClients.wrap(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                boolean upload = request.getConnectionMetaData().getConnector() == uploadConnector;
                return upload ? chunks.handle(request, response, callback) : api.handle(request, response, callback);
            }
        }));
        jetty.setStopTimeout(2000);
        synchronized (store.lock()) {
            indexer.resume();
        }
        tasks.resume();
        assets.resume();
        uploads.resume();
    }

    private static final String JETTY_REFERENCES_PER_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    /**
     * Starts a sandbox; throws with a readable message when the port is taken, the folder
     * unusable or used by another sandbox, or when it would listen beyond loopback with the
     * well-known key.
     */
    public static SandboxServer start(SandboxConfig config) {
        Exposure.requireOwnKeyBeyondLoopback(config);
        skipJettysMBeanQuery();
        SandboxServer server;
        StateFolderLock lock = config.dataDir() == null ? null : StateFolderLock.take(config.dataDir());
        try {
            server = new SandboxServer(config, lock);
        } catch (IOException e) {
            closeLock(lock);
            throw new UncheckedIOException("The sandbox data folder cannot be used: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeLock(lock);
            throw e;
        }
        try {
            server.jetty.start();
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException("The sandbox cannot listen on " + config.bindAddress() + ":" + config.port()
                    + " (" + e.getMessage() + "). Choose another --port or stop what uses it.", e);
        }
        return server;
    }

    private static void closeLock(StateFolderLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    /**
     * Jetty pads its queues to the cache line and, unless told how many references fit in one,
     * asks the platform MBean server whether references are compressed. Creating that server
     * loads about 100 JMX classes and registers every platform MBean, for a padding hint. Heaps
     * under 32 GB, which is every heap ReelDrop runs with, use 4-byte references: 16 per
     * 64-byte line. A value set on the command line wins.
     */
    private static void skipJettysMBeanQuery() {
        if (System.getProperty(JETTY_REFERENCES_PER_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_LINE, "16");
        }
    }

    /** Starts a sandbox with every default: loopback, a free port, key {@code sandbox}, real-time schedule. */
    public static SandboxServer start() {
        return start(SandboxConfig.defaults());
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The port of the presigned chunk URLs (another origin than the API's). */
    public int uploadPort() {
        return uploadConnector.getLocalPort();
    }

    /** {@code http://HOST:UPLOADPORT}: where presigned chunk URLs point. */
    public String uploadOrigin() {
        return origin().replaceFirst(":\\d+$", ":" + uploadPort());
    }

    /**
     * How many requests reached the presigned-URL host with an {@code x-api-key} header (each was
     * refused). A client that keeps its key to the API's origin leaves this at 0.
     */
    public long apiKeysSeenOnUploadHost() {
        return chunks.apiKeysSeen();
    }

    /**
     * Chunk body bytes the presigned-URL host has read since the start, over every PUT: whole
     * chunks, chunks sent again, and the part of a PUT that was cut off. A client's resends show
     * as what this exceeds the files' sizes by.
     */
    public long uploadBytesReceived() {
        return chunks.bytesReceived();
    }

    private String apiBase() {
        return baseUrl("1.3");
    }

    /**
     * The address the listening socket is really bound to, read from the socket rather than the
     * config: {@link #origin()} shows 127.0.0.1 even for a wildcard bind, so it cannot tell.
     */
    InetSocketAddress boundAddress() {
        try {
            return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://HOST:PORT}, without a version. */
    public String origin() {
        String host = config.bindAddress().contains(":") ? "[" + config.bindAddress() + "]" : config.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port();
    }

    /** Base URL of the primary version (1.3 unless configured otherwise), e.g. {@code http://127.0.0.1:41234/v1.3}. */
    public String baseUrl() {
        return baseUrl(config.primaryVersion());
    }

    /** Base URL of one version: "1.2" or "1.3". */
    public String baseUrl(String version) {
        if (!"1.2".equals(version) && !"1.3".equals(version)) {
            throw new IllegalArgumentException("the sandbox serves versions 1.2 and 1.3, not " + version);
        }
        return origin() + "/v" + version;
    }

    public URI baseUri() {
        return URI.create(baseUrl());
    }

    public String apiKey() {
        return config.apiKey();
    }

    public SandboxConfig config() {
        return config;
    }

    /** The live fault switchboard: change the plan at any time, e.g. between test phases. */
    public FaultInjector faults() {
        return faults;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops everything; safe to call twice. Tasks in flight resume when a sandbox reopens the same data folder. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping is best effort; the threads are daemons and the port is released by stop()
        }
        slowClients.close();
        workers.close();
        saveLastState();
        if (folderLock != null) {
            folderLock.close();
        }
        if (temporaryDataDir) {
            deleteTree(dataDir);
        }
    }

    /**
     * Stopping the workers interrupts any save they were making (a write on an interrupted
     * thread's channel fails), so a transition the API already showed, such as a task planned
     * into {@code pending}, would come back as {@code validating} and be planned again.
     */
    private void saveLastState() {
        try {
            store.save();
        } catch (RuntimeException e) {
            // the state file keeps the last complete save; a restart resumes from there
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // the temp folder is left for the OS to clean
        }
    }
}
