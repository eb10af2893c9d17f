package io.reeldrop.session;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.Index;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.preflight.Preflight;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.tracking.Profile;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.upload.PreflightChecks;
import io.reeldrop.tracking.upload.UploadSettings;
import io.reeldrop.tracking.store.HistoryStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The real sessions: the tracking engine over a {@link TwelveLabsClient}, talking to an account
 * or to a sandbox started in this process. The history's lock is taken first, so a second
 * ReelDrop on the same data folder is refused before it starts a sandbox over the first one's
 * state; the sandbox keeps that state in the data folder, so its tasks survive a restart.
 */
public final class EngineSessions implements SessionOpener {

    private final Path dataFolder;
    private final SandboxConfig sandboxConfig;
    private final TrackerSettings settings;
    private final Supplier<UploadSettings> uploadSettings;

    /** The defaults of the window and the command line. */
    public EngineSessions(Path dataFolder) {
        this(dataFolder, sandboxDefaults(dataFolder), TrackerSettings.defaults());
    }

    /** @param sandboxConfig how to start the local sandbox (tests and scripts speed its schedule up) */
    public EngineSessions(Path dataFolder, SandboxConfig sandboxConfig, TrackerSettings settings) {
        this(dataFolder, sandboxConfig, settings, UploadSettings.defaults());
    }

    /** @param uploadSettings how the assets flow uploads (parallel chunks, ...) */
    public EngineSessions(Path dataFolder, SandboxConfig sandboxConfig, TrackerSettings settings,
                          UploadSettings uploadSettings) {
        this(dataFolder, sandboxConfig, settings, () -> uploadSettings);
    }

    /** @param uploadSettings asked each time a session opens: a person's change applies to the next one */
    public EngineSessions(Path dataFolder, SandboxConfig sandboxConfig, TrackerSettings settings,
                          Supplier<UploadSettings> uploadSettings) {
        this.dataFolder = dataFolder;
        this.sandboxConfig = sandboxConfig;
        this.settings = settings;
        this.uploadSettings = uploadSettings;
    }

    /** The sandbox the data folder keeps: its state beside the history, at the real pace. */
    public static SandboxConfig sandboxDefaults(Path dataFolder) {
        return SandboxConfig.defaults().withDataDir(dataFolder.resolve("sandbox"));
    }

    @Override
    public Session openSandbox() {
        HistoryStore.Lock lock = new HistoryStore(dataFolder).lockExclusive();
        SandboxServer sandbox = null;
        try {
            sandbox = SandboxServer.start(sandboxConfig);
            URI url = sandbox.baseUri();
            UploadSettings uploads = uploadSettings.get();
            TwelveLabsApi api = client(ApiConfig.of(url, ApiKey.of(sandbox.apiKey())), uploads);
            return open(api, uploads, Profile.SANDBOX, Connection.sandbox(url, SandboxServer.SANDBOX_INDEX_ID),
                    sandbox, lock);
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            closeQuietly(lock); // closing twice is harmless, so no need to know how far it got
            throw e;
        }
    }

    @Override
    public Session openAccount(Connection connection, ApiKey key) {
        URI apiUrl = connection.apiUrl();
        HistoryStore.Lock lock = new HistoryStore(dataFolder).lockExclusive();
        UploadSettings uploads = uploadSettings.get();
        TwelveLabsApi api;
        try {
            api = client(ApiConfig.of(apiUrl, key), uploads);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
        return open(api, uploads, connection.profile(), connection, null, lock);
    }

    /**
     * A client with room for every chunk PUT the engine may run at once (each send slot's upload
     * with its parallel chunks), besides the calls that list and poll: a smaller pool would
     * quietly cap the parallel chunks a person set.
     */
    private TwelveLabsApi client(ApiConfig config, UploadSettings uploads) {
        int connections = Math.max(10, 4 + settings.concurrency() * uploads.parallelChunks());
        return TwelveLabsClient.builder(config).maxConnections(connections).build();
    }

    @Override
    public List<Index> checkKey(URI apiUrl, ApiKey key) {
        try (TwelveLabsApi api = TwelveLabsClient.create(ApiConfig.of(apiUrl, key).withMaxAttempts(2))) {
            return api.listIndexes(1, 1).data();
        }
    }

    /** Builds the tracker, which takes over the lock; on failure the client and the lock are released. */
    private Session open(TwelveLabsApi api, UploadSettings uploads, Profile profile, Connection connection,
                         SandboxServer sandbox, HistoryStore.Lock lock) {
        Preflight preflight = new Preflight();
        try {
            Tracker tracker = TrackerBuilder.forApi(api).dataFolder(dataFolder).settings(settings).profile(profile)
                    .uploadSettings(uploads).preflight(new PreflightChecks(preflight, api.version().pathSegment()))
                    .heldLock(lock).build();
            return new EngineSession(tracker, api, connection, sandbox, preflight);
        } catch (RuntimeException e) {
            preflight.close();
            api.close();
            closeQuietly(lock); // the builder released it already; a second close does nothing
            throw e;
        }
    }

    private static void closeQuietly(HistoryStore.Lock lock) {
        try {
            lock.close();
        } catch (Exception ignored) {
            // the failure that brought us here is the one to report
        }
    }

    /** One running engine and what it owns; closing stops them in order: engine, client, sandbox. */
    private record EngineSession(Tracker tracker, TwelveLabsApi api, Connection connection, SandboxServer sandbox,
                                 Preflight preflight) implements Session {

        @Override
        public List<Index> listIndexes() {
            return api.listAllIndexes();
        }

        @Override
        public String createIndex(CreateIndexRequest request) {
            return api.createIndex(request);
        }

        @Override
        public List<String> startupWarnings() {
            return tracker.startupWarnings();
        }

        @Override
        public void close() {
            try {
                tracker.close();
            } finally {
                preflight.close();
                api.close();
                if (sandbox != null) {
                    sandbox.close();
                }
            }
        }
    }
}
