package io.reeldrop.tracking;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sandbox at a high time scale, a client for the engine, and a loopback video host. */
public final class SandboxRig implements AutoCloseable {

    public static final String INDEX = SandboxServer.SANDBOX_INDEX_ID;

    public final SandboxServer sandbox;
    public final VideoHost videos;
    private final ApiConfig config;
    private final TwelveLabsClient observer;
    private final List<AutoCloseable> owned = new ArrayList<>();

    public SandboxRig(double timeScale) {
        this(SandboxConfig.defaults().withTimeScale(timeScale), new VideoHost());
    }

    public SandboxRig(SandboxConfig config, VideoHost host) {
        this.sandbox = SandboxServer.start(config);
        this.videos = host;
        this.config = ApiConfig.of(sandbox.baseUri(), ApiKey.of(sandbox.apiKey()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(20));
        this.observer = newClient();
    }

    /** A client for the engine under test; short timeouts so faults show quickly. */
    public TwelveLabsClient newClient() {
        return TwelveLabsClient.builder(config).retryDelays(Duration.ofMillis(50), Duration.ofMillis(500)).build();
    }

    public TwelveLabsClient newClient(ApiConfig custom) {
        return TwelveLabsClient.builder(custom).retryDelays(Duration.ofMillis(50), Duration.ofMillis(500)).build();
    }

    /** An engine on its own client over this sandbox; both are closed with the rig. */
    public Tracker tracker(Path dataDir, TrackerSettings settings) {
        TwelveLabsClient client = own(newClient());
        return own(TrackerBuilder.forApi(client).dataFolder(dataDir).settings(settings).build());
    }

    /** Closes {@code resource} with the rig, before the sandbox, newest first. */
    public <T extends AutoCloseable> T own(T resource) {
        owned.add(resource);
        return resource;
    }

    public ApiConfig config() {
        return config;
    }

    /** Every task the sandbox holds for the index, as the server sees them (faults off first). */
    public List<Task> serverTasks() {
        return observer.listAllTasks(TaskQuery.all().withIndexId(INDEX));
    }

    /** Videos in the index, whichever flow sent them: a task's video is an indexed asset too. */
    public int indexedVideos() {
        return observer.assets().listIndexedAssets(INDEX, IndexedAssetQuery.all().withPageLimit(50)).data().size();
    }

    @Override
    public void close() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + owned.get(i) + " failed", e);
            }
        }
        observer.close();
        sandbox.close();
        videos.close();
    }
}
