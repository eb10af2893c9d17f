package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.cli.ReelDropCli;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.sandbox.FaultPlan;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.Profile;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.VideoHost;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.store.HistoryStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API key appears nowhere a run leaves text: stdout and stderr of every command (children
 * killed by SIGKILL and SIGTERM included), everything logged (in this JVM at level ALL, HttpClient's
 * wire and header logs included), and every file of the data folders but the key store: history,
 * journals, quarantine. The key is long (430 characters, so it straddles any cut of a message at
 * 60 or 300 characters) and random, and any 8 characters of it in a row count as found.
 *
 * <p>The commands talk v1.2 (the tasks flow on any build), the engine in this JVM v1.3. The runs:
 * a sandbox that expects the key, through a ready task, a failed one, dropped
 * answers, 5xx and 429 bursts, a SIGKILL mid-submission and the restart after it, a SIGTERM
 * during a wait, a wrong key, a quarantined entry, the key read from the key store, and the engine
 * in this JVM; then a server that
 * echoes the key in every header and in error bodies, where the key lies wholly inside what the
 * client quotes. Echoes that straddle a cut are in {@link KeyEchoCutsTest}. Budget: about
 * 50 s (child JVMs that wait on purpose; 44-58 s measured).
 */
class KeySweepTest {

    private static final long SEED = Long.getLong("reeldrop.keysweep.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);
    private static final String KEY = KeySweep.newKey(RANDOM, "tlk_", 430);
    private static final String WRONG_KEY = KeySweep.newKey(RANDOM, "tlk_", 430);

    @TempDir
    Path work;

    @Test
    void aSandboxRunThroughSuccessFailureAndCrashLeavesTheKeyNowhere() throws Exception {
        KeySweep sweep = new KeySweep(KEY, WRONG_KEY);
        KeySweep.LogCapture logs = new KeySweep.LogCapture().install();
        Path data = work.resolve("data");
        Path engineData = work.resolve("engine-data");
        Path sandboxData = work.resolve("sandbox-state");
        Path outputs = Files.createDirectories(work.resolve("outputs"));
        KeySweep.Captured out = new KeySweep.Captured();
        KeySweep.Captured err = new KeySweep.Captured();
        try (SandboxRig rig = new SandboxRig(SandboxConfig.defaults().withApiKey(KEY).withTimeScale(60)
                .withDataDir(sandboxData), new VideoHost())) {
            ChildCli cli = new ChildCli(data, rig.sandbox.baseUrl("1.2"), KEY);
            String index = SandboxRig.INDEX;
            ends(cli.start(List.of("submit", "--index", index, "--wait", "--timeout", "60", rig.videos.url("fine"),
                    rig.videos.brokenUrl("broken")), outputs.resolve("ready-and-failed")), 90);

            rig.sandbox.faults().set(FaultPlan.none().withSeed(SEED).withDroppedConnections(0.3).withServerErrors(0.3)
                    .withTooManyRequestsBursts(0.2, 2));
            ends(cli.start(List.of("submit", "--index", index, "--timeout", "6", rig.videos.url("f1"),
                    rig.videos.url("f2"), rig.videos.url("f3")), outputs.resolve("faults")), 60);
            rig.sandbox.faults().clear();

            ChildCli.Run killed = cli.start(List.of("submit", "--index", index, rig.videos.url("k1"),
                    rig.videos.url("k2")), outputs.resolve("sigkill"));
            interruptAfterFirstLine(killed, true);
            ends(cli.start(List.of("watch", "--timeout", "30"), outputs.resolve("restart")), 60);
            ChildCli.Run stopped = cli.start(List.of("submit", "--index", index, "--wait", rig.videos.url("t1")),
                    outputs.resolve("sigterm"));
            interruptAfterFirstLine(stopped, false);

            ChildCli wrong = new ChildCli(data, rig.sandbox.baseUrl("1.2"), WRONG_KEY);
            ChildCli.Run refused = wrong.start(List.of("submit", "--index", index, rig.videos.url("w1")),
                    outputs.resolve("wrong-key"));
            ends(refused, 60);
            assertTrue(refused.stdout().contains("HTTP 401"), "the wrong key was refused: " + refused.stdout());

            quarantineOneEntry(data);
            ends(cli.start(List.of("list"), outputs.resolve("list-damaged")), 60);
            ends(cli.start(List.of("watch", "--timeout", "5"), outputs.resolve("watch-repairs")), 60);
            assertTrue(Files.exists(data.resolve(HistoryStore.QUARANTINE)), "the sweep covers a quarantine file");

            new OwnerOnlyFileSecretStore(data).save(Profile.ofApiUrl(URI.create(rig.sandbox.baseUrl("1.2"))).origin(),
                    KEY);
            ChildCli.Run stored = new ChildCli(data, rig.sandbox.baseUrl("1.2"), null).start(List.of("submit", "--index",
                    index, rig.videos.url("stored-key")), outputs.resolve("stored-key"));
            ends(stored, 60);
            assertEquals(0, stored.process().exitValue(), "sent with the stored key: " + stored.stderr());
            KeySweep control = new KeySweep(KEY);
            control.tree(data, p -> false);
            assertEquals(1, control.leaks().size(), "the sweep finds the key in the key store, and only there: "
                    + control.leaks());

            runTheEngineHere(rig, engineData);
            ReelDropCli.run(new String[] {"list", "--json", "--data-dir", data.toString(), "--api-url",
                rig.sandbox.baseUrl("1.2")}, Map.of("TWELVE_LABS_API_KEY", KEY), out.stream, err.stream);
        } finally {
            logs.uninstall();
        }
        try (Stream<Path> files = Files.list(outputs)) {
            for (Path f : files.sorted().toList()) {
                sweep.text(f.getFileName().toString(), Files.readString(f));
            }
        }
        sweep.text("in-process stdout", out.text());
        sweep.text("in-process stderr", err.text());
        sweep.text("java.util.logging (ALL)", logs.text());
        sweep.tree(data, KeyEchoRuns::isKeyStore);
        sweep.tree(engineData, KeyEchoRuns::isKeyStore);
        sweep.tree(sandboxData, p -> false);
        assertTrue(sweep.leaks().isEmpty(), "seed " + SEED + ": " + sweep.report());
        System.out.println("KeySweepTest (sandbox runs): no key in " + sweep.figures());
    }

    @Test
    void aServerEchoingTheKeyInHeadersAndBodiesGetsItHiddenEverywhere() throws Exception {
        String key = KeySweep.newKey(RANDOM, "tlk_", 44);
        List<String> videos = new ArrayList<>();
        for (KeyEchoServer.Kind kind : KeyEchoServer.Kind.values()) {
            videos.add(KeyEchoServer.videoName(kind, 0));
        }
        videos.add(KeyEchoServer.videoName(KeyEchoServer.Kind.JSON400, 200)); // well inside the 300 cut
        videos.add(KeyEchoServer.videoName(KeyEchoServer.Kind.TEXT400, 10)); // inside the 60 cut

        KeyEchoRuns.Result result = KeyEchoRuns.sendAndSweep(work, key, videos);

        assertTrue(result.requests() > videos.size() && result.printed().contains("HTTP 400")
                && result.printed().contains("[hidden]"), "the runs met the echoes: " + result.printed());
        assertTrue(result.sweep().leaks().isEmpty(), "seed " + SEED + ": " + result.sweep().report());
        System.out.println("KeySweepTest (echoing server): no key in " + result.sweep().figures());
    }

    private static void runTheEngineHere(SandboxRig rig, Path engineData) {
        try (TwelveLabsClient client = TwelveLabsClient.create(ApiConfig.of(rig.sandbox.baseUri(), ApiKey.of(KEY)));
             Tracker tracker = TrackerBuilder.forApi(client).dataFolder(engineData).build()) {
            tracker.submit(List.of(Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.url("here")),
                    Submission.ofUrl(SandboxRig.INDEX, null, rig.videos.brokenUrl("here-broken"))));
            Await.until(() -> tracker.snapshot().stream().allMatch(TrackedTask::isSettled), Duration.ofSeconds(60),
                    () -> "the engine settled its tasks: " + tracker.snapshot());
        }
    }

    /** An entry of a state this build does not know, so the next holder of the lock sets it aside. */
    private static void quarantineOneEntry(Path data) throws Exception {
        Path file = data.resolve(HistoryStore.FILE);
        String json = Files.readString(file);
        assertTrue(json.contains("\"state\":\"SENT\""), "a sent entry to damage");
        Files.writeString(file, json.replaceFirst("\"state\":\"SENT\"", "\"state\":\"FROM_A_NEWER_BUILD\""));
    }

    private static void ends(ChildCli.Run run, int seconds) throws Exception {
        assertTrue(run.process().waitFor(seconds, TimeUnit.SECONDS), "the command did not end in " + seconds + " s: "
                + run.stderr());
    }

    /** Kills the command once it has printed a line: SIGKILL, or SIGTERM so its shutdown hook runs. */
    private static void interruptAfterFirstLine(ChildCli.Run run, boolean kill) throws Exception {
        Await.until(() -> run.printedALine() || !run.process().isAlive(), Duration.ofSeconds(60),
                () -> "the command printed its first line");
        if (kill) {
            run.process().destroyForcibly();
        } else {
            run.process().destroy();
        }
        assertTrue(run.process().waitFor(30, TimeUnit.SECONDS), "the command ended after the signal");
    }
}
