package io.reeldrop.ui;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.session.EngineSessions;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.model.Submission;
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
 * The real window on the in-process sandbox, with videos submitted in two waves so the table
 * shows every status at once (for screenshots under Xvfb). Arguments: {@code [first-run]} shows
 * the empty first-run window instead; {@code [v1.2]} runs the sandbox as API v1.2, whose tasks
 * report {@code process.percentage} while indexing (the table's progress bars).
 */
public final class ScreenshotDemo {

    private ScreenshotDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("reeldrop-demo");
        boolean firstRun = List.of(args).contains("first-run");
        FixtureHttpServer files = new FixtureHttpServer(Fixtures.directory());
        EngineSessions engine = new EngineSessions(data,
                SandboxConfig.defaults().withDataDir(data.resolve("sandbox")).withTimeScale(0.5)
                        .withPrimaryVersion(List.of(args).contains("v1.2") ? "1.2" : "1.3"),
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
                if (!firstRun) {
                    later.schedule(() -> submit(b, files, "range", "valid.mp4", "too-small-320x240.mp4",
                            "not-a-video.mp4", "too-short-2s.mp4", "clip.webm"), 1, TimeUnit.SECONDS);
                    later.schedule(() -> submit(b, files, "plain", "moov-at-end.mov", "rotated-90.mp4", "clip.mkv",
                            "valid.mp4"), 26, TimeUnit.SECONDS);
                    later.schedule(() -> submit(b, files, "redirect", "valid.mp4", "clip.webm"), 33, TimeUnit.SECONDS);
                }
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

    private static void submit(Session b, FixtureHttpServer files, String mode, String... names) {
        List<Submission> subs = new ArrayList<>();
        for (String n : names) {
            subs.add(Submission.ofUrl(SandboxServer.SANDBOX_INDEX_ID, "en", files.url(mode, n).toString()));
        }
        b.tracker().submit(subs);
    }
}
