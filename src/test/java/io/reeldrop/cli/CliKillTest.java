package io.reeldrop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command line in a child JVM and kills it with SIGKILL at random points, 20
 * times into the same data folder; then one 'watch' finishes the work. Whatever the moment of
 * the kill, every task on the server must be in the history exactly once, nothing may be sent
 * twice, and every URL must end as a finished task or clearly not sent.
 */
class CliKillTest {

    private static final int ROUNDS = 20;
    private static final int URLS_PER_ROUND = 4;

    @TempDir
    Path dataDir;

    private Process start(SandboxRig rig, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ReelDropCli.class.getName()));
        command.addAll(args);
        command.addAll(List.of("--data-dir", dataDir.toString(), "--api-url", rig.sandbox.baseUrl()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-cli.log").toFile());
        pb.environment().put("TWELVE_LABS_API_KEY", rig.sandbox.apiKey());
        pb.environment().remove("REELDROP_DATA_DIR");
        return pb.start();
    }

    @Test
    void killedAtRandomPointsNothingIsLostOrSentTwice() throws Exception {
        Random random = new Random(20261128);
        List<String> submitted = new ArrayList<>();
        int killedWithWorkInFlight = 0;
        try (SandboxRig rig = new SandboxRig(60)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<String> args = new ArrayList<>(List.of("submit", "--index", SandboxRig.INDEX));
                for (int i = 0; i < URLS_PER_ROUND; i++) {
                    String url = rig.videos.url("kill-" + round + "-" + i);
                    submitted.add(url);
                    args.add(url);
                }
                Path lock = dataDir.resolve("history.lock");
                Files.deleteIfExists(lock); // left by the previous, killed round; nobody holds it
                Process cli = start(rig, args);
                boolean ended;
                if (round % 2 == 0) {
                    // from the launch: some of these land before the history is even opened
                    ended = cli.waitFor(200 + random.nextInt(1800), TimeUnit.MILLISECONDS);
                } else {
                    // from the moment the command holds the history, so a slow, loaded machine
                    // still gets kills in the middle of the work rather than only during JVM start
                    Await.until(() -> Files.exists(lock) || !cli.isAlive(), Duration.ofSeconds(60),
                            () -> "the command opened its history");
                    ended = cli.waitFor(random.nextInt(800), TimeUnit.MILLISECONDS);
                }
                if (!ended) {
                    cli.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no last write
                    cli.waitFor(10, TimeUnit.SECONDS);
                    if (new HistoryStore(dataDir).load().document().tasks().stream()
                            .anyMatch(HistoryEntry::isActive)) {
                        killedWithWorkInFlight++;
                    }
                }
            }
            Process watch = start(rig, List.of("watch"));
            assertTrue(watch.waitFor(120, TimeUnit.SECONDS), "watch finishes the interrupted work");

            List<HistoryEntry> history = new HistoryStore(dataDir).load().document().tasks();
            List<Task> onServer = rig.serverTasks();
            Map<String, HistoryEntry> byTaskId = new HashMap<>();
            Map<String, HistoryEntry> byUrl = new HashMap<>();
            for (HistoryEntry e : history) {
                if (e.taskId() != null) {
                    byTaskId.put(e.taskId(), e);
                }
                assertEquals(null, byUrl.put(e.submission().videoUrl(), e), "one entry per URL");
                assertTrue(e.state() == SubmissionState.NOT_SENT
                        || (e.task() != null && e.task().status().equals(TaskStatus.READY)),
                        "settled: " + e.submission().videoUrl() + " " + e.state() + " " + e.note());
            }
            Map<String, Integer> perFilename = new HashMap<>();
            for (Task t : onServer) {
                assertNotNull(byTaskId.get(t.id()), "task " + t.id() + " on the server is tracked");
                perFilename.merge(t.metadata().filename(), 1, Integer::sum);
            }
            perFilename.forEach((name, n) -> assertEquals(1, n, name + " was created " + n + " times"));
            for (String url : submitted) {
                HistoryEntry e = byUrl.get(url);
                String name = url.substring(url.lastIndexOf('/') + 1);
                if (e == null) {
                    // Killed before the history write: never acknowledged, and indeed never sent.
                    assertEquals(null, perFilename.get(name), url + " is not in the history but exists on the server");
                }
            }
        }
        assertTrue(killedWithWorkInFlight > 0, "some kills must interrupt work in flight, or the test proves nothing");
    }
}
