package io.reeldrop.ui;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.session.Connection;
import io.reeldrop.session.EngineSessions;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.VideoFiles;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The real window on the in-process sandbox with a big upload under way next to finished rows,
 * for the README's screenshot under Xvfb: a few clips sent through the assets flow (one legacy
 * task), then a 1 GB file and a 300 MB file under a 6 MB/s cap; the smaller one is paused once it
 * is a little way in. The files are sparse, so they cost no disk; the sandbox stores what it gets.
 * Prints the big upload's progress every 5 s. Argument: {@code [cap-mb-per-second]} (default 6).
 */
public final class BigUploadDemo {

    private static final long MB = 1024 * 1024;

    private BigUploadDemo() {
    }

    public static void main(String[] args) throws Exception {
        long cap = (args.length > 0 ? Long.parseLong(args[0]) : 6) * MB;
        Path data = Files.createTempDirectory("reeldrop-big-upload");
        Path videos = Files.createTempDirectory("reeldrop-big-videos");
        FixtureHttpServer files = new FixtureHttpServer(Fixtures.directory());
        EngineSessions engine = new EngineSessions(data,
                SandboxConfig.defaults().withDataDir(data.resolve("sandbox")).withTimeScale(3),
                TrackerSettings.defaults().withDetectionTarget(Duration.ofSeconds(1)));
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-submitter");
            t.setDaemon(true);
            return t;
        });
        SessionOpener factory = new SessionOpener() {
            @Override
            public Session openSandbox() {
                Session b = engine.openSandbox();
                later.schedule(() -> finishedRows(b.tracker(), files), 1, TimeUnit.SECONDS);
                later.schedule(() -> bigUploads(b.tracker(), videos, cap, later), 14, TimeUnit.SECONDS);
                return b;
            }

            @Override
            public Session openAccount(Connection connection, ApiKey key) {
                return engine.openAccount(connection, key);
            }

            @Override
            public List<Index> checkKey(URI apiUrl, ApiKey key) {
                return engine.checkKey(apiUrl, key);
            }
        };
        ReelDropApp.launch(new String[] {"--data-dir", data.toString()}, factory);
        files.close();
        System.exit(0);
    }

    private static void finishedRows(TaskTracker tracker, FixtureHttpServer files) {
        List<Submission> subs = new ArrayList<>();
        for (String name : List.of("valid.mp4", "clip.webm", "moov-at-end.mov", "rotated-90.mp4", "too-short-2s.mp4")) {
            subs.add(Submission.ofUrl(SandboxServer.SANDBOX_INDEX_ID, "en", files.url("range", name).toString())
                    .withFlow(UploadFlow.ASSETS).withUserMetadata("{\"shoot\":\"day 2\",\"take\":3}"));
        }
        subs.add(Submission.ofUrl(SandboxServer.SANDBOX_INDEX_ID, "en", files.url("plain", "clip.mkv").toString()));
        tracker.submit(subs);
    }

    private static void bigUploads(TaskTracker tracker, Path videos, long cap, ScheduledExecutorService later) {
        try {
            Path big = VideoFiles.generate(videos.resolve("keynote-2026-full.mp4"), 1024 * MB);
            Path other = VideoFiles.generate(videos.resolve("b-roll-drone.mp4"), 300 * MB);
            tracker.uploads().setLimit(cap);
            String otherId = tracker.submit(List.of(Submission.ofFile(SandboxServer.SANDBOX_INDEX_ID, null, other)
                    .withFlow(UploadFlow.ASSETS))).get(0).tracked().localId();
            String bigId = tracker.submit(List.of(Submission.ofFile(SandboxServer.SANDBOX_INDEX_ID, null, big)
                    .withFlow(UploadFlow.ASSETS).withUserMetadata("{\"event\":\"keynote\"}"))).get(0).tracked().localId();
            later.scheduleAtFixedRate(() -> {
                TrackedTask o = tracker.find(otherId);
                if (o != null && o.bytesSent() > 40 * MB && tracker.uploads().canPause(o)) {
                    tracker.uploads().pause(otherId);
                }
                TrackedTask t = tracker.find(bigId);
                if (t != null) {
                    System.out.println("big upload: " + t.state() + " " + t.bytesSent() / MB + " of "
                            + t.bytesTotal() / MB + " MB");
                }
            }, 1, 5, TimeUnit.SECONDS);
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
