package io.reeldrop.ui;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.Index;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.TrackerSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The real backends: the tracking engine over a {@link TwelveLabsClient}, talking either to an
 * account or to a sandbox started in this process. The sandbox keeps its state in the data
 * folder, so tasks tracked against it are still there after a restart.
 */
public final class EngineBackendFactory implements BackendFactory {

    private final Path dataFolder;
    private final SandboxConfig sandboxConfig;
    private final TrackerSettings settings;

    public EngineBackendFactory(Path dataFolder) {
        this(dataFolder, SandboxConfig.defaults().withDataDir(dataFolder.resolve("sandbox")), TrackerSettings.defaults());
    }

    /** @param sandboxConfig how to start the local sandbox (tests speed its schedule up) */
    public EngineBackendFactory(Path dataFolder, SandboxConfig sandboxConfig, TrackerSettings settings) {
        this.dataFolder = dataFolder;
        this.sandboxConfig = sandboxConfig;
        this.settings = settings;
    }

    @Override
    public Backend openSandbox() {
        SandboxServer sandbox = SandboxServer.start(sandboxConfig);
        try {
            URI url = sandbox.baseUri();
            TwelveLabsApi api = TwelveLabsClient.create(ApiConfig.of(url, ApiKey.of(sandbox.apiKey())));
            Connection c = new Connection(Connection.Kind.SANDBOX, url, ApiVersion.fromBaseUrl(url),
                    SandboxServer.SANDBOX_INDEX_ID);
            return open(api, TrackerBuilder.SANDBOX_PROFILE, c, sandbox);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    @Override
    public Backend openAccount(URI apiUrl, ApiKey key) {
        TwelveLabsApi api = TwelveLabsClient.create(ApiConfig.of(apiUrl, key));
        return open(api, null, new Connection(Connection.Kind.ACCOUNT, apiUrl, ApiVersion.fromBaseUrl(apiUrl), null), null);
    }

    @Override
    public List<Index> checkKey(URI apiUrl, ApiKey key) {
        try (TwelveLabsApi api = TwelveLabsClient.create(ApiConfig.of(apiUrl, key).withMaxAttempts(2))) {
            return api.listIndexes(1, 1).data();
        }
    }

    private Backend open(TwelveLabsApi api, String profile, Connection connection, AutoCloseable sandbox) {
        try {
            TrackerBuilder b = TrackerBuilder.forApi(api).dataFolder(dataFolder).settings(settings);
            if (profile != null) {
                b.apiProfile(profile);
            }
            return new EngineBackend(b.build(), api, connection, sandbox);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** One running engine and what it owns; closing stops them in order: engine, client, sandbox. */
    private record EngineBackend(Tracker tracker, TwelveLabsApi api, Connection connection, AutoCloseable sandbox)
            implements Backend {

        @Override
        public List<Index> listIndexes() {
            return api.listAllIndexes();
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
                api.close();
                if (sandbox != null) {
                    try {
                        sandbox.close();
                    } catch (Exception e) {
                        // the sandbox's threads are daemons; nothing else to release
                    }
                }
            }
        }
    }
}
