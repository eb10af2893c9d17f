package io.reeldrop.tracking;

import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.eta.EtaEstimator;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryStore;
import io.reeldrop.tracking.upload.PreflightCheck;
import io.reeldrop.tracking.upload.UploadSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Builds a {@link Tracker}:
 * <pre>{@code
 * Tracker tracker = TrackerBuilder.forApi(api)          // a TwelveLabsClient, real or sandbox
 *         .dataFolder(DataFolder.resolve(null))
 *         .profile(Profile.SANDBOX)                     // optional; default the API's base URL
 *         .build();                                     // loads the history and resumes work
 * }</pre>
 * The tracker does not close the API; the caller does, after closing the tracker.
 */
public final class TrackerBuilder {

    private final TwelveLabsApi api;
    private Path dataFolder;
    private HistoryStore store;
    private EngineExecutor executor;
    private TrackerSettings settings = TrackerSettings.defaults();
    private Profile profile;
    private HistoryStore.Lock heldLock;
    private Random random = new Random();
    private UploadSettings uploadSettings = UploadSettings.defaults();
    private PreflightCheck preflight = PreflightCheck.NONE;

    private TrackerBuilder(TwelveLabsApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public static TrackerBuilder forApi(TwelveLabsApi api) {
        return new TrackerBuilder(api);
    }

    /** Where {@code history.json} lives; see {@link io.reeldrop.config.DataFolder}. */
    public TrackerBuilder dataFolder(Path folder) {
        this.dataFolder = folder;
        return this;
    }

    /** Instead of {@link #dataFolder}: a store set up by the caller (tests simulate crashes with it). */
    public TrackerBuilder store(HistoryStore historyStore) {
        this.store = historyStore;
        return this;
    }

    /** Default: a {@link ThreadedEngineExecutor} owned (and closed) by the tracker. */
    public TrackerBuilder executor(EngineExecutor engineExecutor) {
        this.executor = engineExecutor;
        return this;
    }

    public TrackerBuilder settings(TrackerSettings trackerSettings) {
        this.settings = Objects.requireNonNull(trackerSettings, "settings");
        return this;
    }

    /**
     * Which API the tasks belong to. Tasks of other profiles stay in the history but are not
     * polled. Default: the API's base URL; use {@link Profile#SANDBOX} for the sandbox.
     */
    public TrackerBuilder profile(Profile p) {
        this.profile = p;
        return this;
    }

    /**
     * The history's lock, already taken by the caller (who had to hold it before starting a
     * sandbox beside the history). The tracker owns it from here and releases it on close.
     */
    public TrackerBuilder heldLock(HistoryStore.Lock lock) {
        this.heldLock = lock;
        return this;
    }

    /** The assets flow's upload tunables (parallel chunks, ...); default {@link UploadSettings#defaults()}. */
    public TrackerBuilder uploadSettings(UploadSettings s) {
        this.uploadSettings = Objects.requireNonNull(s, "uploadSettings");
        return this;
    }

    /** The check made before a video of the assets flow leaves; default none. */
    public TrackerBuilder preflight(PreflightCheck p) {
        this.preflight = Objects.requireNonNull(p, "preflight");
        return this;
    }

    /** Seeds the poll jitter, for repeatable tests and benchmarks. */
    public TrackerBuilder random(Random r) {
        this.random = Objects.requireNonNull(r, "random");
        return this;
    }

    /** Parts handed to the tracker's constructor. */
    record Parts(TwelveLabsApi api, EngineExecutor executor, boolean ownsExecutor, HistoryStore store,
                 AutoCloseable historyLock, List<String> warnings, TaskBook book, EtaEstimator eta, String etaHost,
                 TrackerSettings settings, Random random, UploadSettings uploadSettings, PreflightCheck preflight) {
    }

    /**
     * Loads the history (repairing what it must; see {@link Tracker#startupWarnings()}) and starts.
     *
     * @throws io.reeldrop.tracking.store.HistoryException when the history cannot be used, e.g.
     *     another process holds it or a newer build wrote it
     */
    public Tracker build() {
        HistoryStore s = store != null ? store
                : new HistoryStore(Objects.requireNonNull(dataFolder, "dataFolder or store is required"));
        AutoCloseable lock = heldLock != null ? heldLock : s.lockExclusive();
        boolean ownsExecutor = executor == null;
        EngineExecutor ex = ownsExecutor ? new ThreadedEngineExecutor() : executor;
        try {
            HistoryStore.Loaded loaded = s.load();
            HistoryDocument doc = loaded.document();
            Profile name = profile != null ? profile : Profile.ofApiUrl(api.baseUrl());
            String etaHost = name.etaHost();
            EtaEstimator eta = new EtaEstimator(doc.etaRatios());
            TaskBook book = new TaskBook(doc, name, eta, ex.clock());
            Tracker tracker = new Tracker(new Parts(api, ex, ownsExecutor, s, lock, loaded.warnings(), book, eta,
                    etaHost, settings, random, uploadSettings, preflight));
            tracker.resume();
            return tracker;
        } catch (RuntimeException e) {
            if (ownsExecutor) {
                ex.close();
            }
            try {
                lock.close();
            } catch (Exception ignored) {
                // the original failure is the one to report
            }
            throw e;
        }
    }
}
