package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.Task;
import io.reeldrop.sandbox.FaultPlan;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.VideoHost;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty runs of the real command line, each a child JVM killed with SIGKILL at a random moment
 * of its submission, all on one data folder, against a sandbox injecting a different fault plan
 * each round; the videos' names need encoding or are not ASCII, and later rounds send earlier
 * videos again, as a person rerunning a crashed script would. One last run (faults off) settles
 * what the kills left. Then the sandbox must hold exactly one task per video and the history,
 * read from the file and through {@code list --json}, exactly one entry per video.
 *
 * <p>Randomness comes from one seed, printed at the start and in every failure; replay with
 * {@code -Dreeldrop.killstorm.seed=N} (kill moments still vary with the machine's speed).
 * Budget: about 60 s on two shared cores (45-65 s measured).
 */
class KillStormTest {

    private static final int ROUNDS = 50;
    private static final long SEED = Long.getLong("reeldrop.killstorm.seed", System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The API version the commands use: v1.2, whose one flow is {@code POST /tasks}, so the storm
     * stays on the flow it is about whatever flow a later build makes v1.3's default.
     */
    private static final String TASKS_ONLY = "1.2";

    /** The sandbox's fault plan for a round. */
    private enum Weather {
        CALM(p -> p),
        DROPPED_ANSWERS(p -> p.withDroppedConnections(0.35)),
        SERVER_ERRORS(p -> p.withServerErrors(0.35)),
        SLOW_COMMITS(p -> p.withLatency(Duration.ofMillis(450))),
        EMPTY_429_BURSTS(p -> p.withTooManyRequestsBursts(0.25, 3)),
        ALL_AT_ONCE(p -> p.withDroppedConnections(0.15).withServerErrors(0.15).withLatency(Duration.ofMillis(150))
                .withTooManyRequestsBursts(0.1, 2));

        private final UnaryOperator<FaultPlan> plan;

        Weather(UnaryOperator<FaultPlan> plan) {
            this.plan = plan;
        }

        FaultPlan plan(long seed) {
            return plan.apply(FaultPlan.none().withSeed(seed));
        }
    }

    @TempDir
    Path work;

    @Test
    void fiftyKilledRunsLeaveOneTaskAndOneEntryPerVideo() throws Exception {
        System.out.println("KillStormTest seed " + SEED);
        try {
            storm();
        } catch (AssertionError | Exception e) {
            throw new AssertionError("Kill storm with seed " + SEED + " (replay: -Dreeldrop.killstorm.seed=" + SEED
                    + "): " + e.getMessage(), e);
        }
    }

    private void storm() throws Exception {
        Random random = new Random(SEED);
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Path logs = Files.createDirectories(work.resolve("logs"));
        Map<Weather, Integer> weathers = new EnumMap<>(Weather.class);
        int killed = 0;
        int killedWithWorkInFlight = 0;
        long start = System.nanoTime();
        try (SandboxRig rig = new SandboxRig(SandboxConfig.defaults().withTimeScale(60), new VideoHost())) {
            ChildCli cli = new ChildCli(dataDir, rig.sandbox.baseUrl(TASKS_ONLY), rig.sandbox.apiKey());
            StormVideos videos = new StormVideos(rig.videos, ChildCli.passesNonAsciiArguments());
            for (int round = 1; round <= ROUNDS; round++) {
                Weather weather = Weather.values()[random.nextInt(Weather.values().length)];
                weathers.merge(weather, 1, Integer::sum);
                rig.sandbox.faults().set(weather.plan(random.nextLong()));
                Set<String> urls = new LinkedHashSet<>();
                for (int i = 2 + random.nextInt(3); i > 0; i--) {
                    boolean again = videos.any() && random.nextInt(10) < 3;
                    StormVideos.Video v = again ? videos.earlier(random) : videos.next(random);
                    urls.add(again && random.nextBoolean() ? v.otherSpelling() : v.url());
                }
                List<String> args = new ArrayList<>(List.of("submit", "--index", SandboxRig.INDEX));
                args.addAll(urls);
                ChildCli.Run run = cli.start(args, logs.resolve("round-" + round));
                int thisRound = round;
                boolean ended;
                if (random.nextInt(4) == 0) {
                    // from the launch: some kills land before the history is even opened
                    ended = run.process().waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS);
                } else {
                    // from the first line, printed once the submissions are on disk and the POSTs begin
                    Await.until(() -> run.printedALine() || !run.process().isAlive(), Duration.ofSeconds(60),
                            () -> "round " + thisRound + ": the command printed nothing for 60 s (hung?)");
                    ended = run.process().waitFor(random.nextInt(1000), TimeUnit.MILLISECONDS);
                }
                if (!ended) {
                    run.process().destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no last write
                    assertTrue(run.process().waitFor(10, TimeUnit.SECONDS), "a killed child did not end");
                    killed++;
                    if (new HistoryStore(dataDir).loadReadOnly().document().tasks().stream()
                            .anyMatch(HistoryEntry::isActive)) {
                        killedWithWorkInFlight++;
                    }
                }
                assertFalse(run.stderr().contains("Unexpected error"), "round " + round + ": " + run.stderr());
            }
            long stormMillis = (System.nanoTime() - start) / 1_000_000;

            rig.sandbox.faults().clear();
            List<String> everything = new ArrayList<>(List.of("submit", "--index", SandboxRig.INDEX));
            videos.all().forEach(v -> everything.add(v.url()));
            ChildCli.Run settle = cli.start(everything, logs.resolve("settle"));
            assertTrue(settle.process().waitFor(90, TimeUnit.SECONDS), "the run after the storm did not finish"
                    + " within 90 s (hung): " + settle.stderr());
            ChildCli.Run list = cli.start(List.of("list", "--json"), logs.resolve("list"));
            assertTrue(list.process().waitFor(30, TimeUnit.SECONDS), "list --json hung");
            assertEquals(0, list.process().exitValue(), list.stderr());

            Tally tally = check(videos, new HistoryStore(dataDir).load().document().tasks(),
                    JSON.readTree(list.stdout()), rig.serverTasks());
            assertTrue(killedWithWorkInFlight >= 5, "only " + killedWithWorkInFlight + " of " + killed + " kills"
                    + " interrupted work in flight: the storm proves too little");
            System.out.printf("KillStormTest: %d rounds (%d killed, %d with work in flight), weathers %s, %d videos,"
                    + " %d server tasks, %d waiting for a person, 0 lost, 0 duplicated, 0 hung; storm %d ms,"
                    + " settle %d ms%n", ROUNDS, killed, killedWithWorkInFlight, weathers, videos.all().size(),
                    tally.tasks, tally.decisions, stormMillis, (System.nanoTime() - start) / 1_000_000 - stormMillis);
        }
    }

    private record Tally(int tasks, int decisions) {
    }

    /** One entry per video in the file and in {@code list --json}; one task per video on the server. */
    private static Tally check(StormVideos videos, List<HistoryEntry> history, JsonNode listed, List<Task> onServer) {
        Map<String, List<HistoryEntry>> entries = new HashMap<>();
        for (HistoryEntry e : history) {
            entries.computeIfAbsent(StormVideos.tokenIn(e.submission().videoUrl()), t -> new ArrayList<>()).add(e);
        }
        Map<String, Integer> listedPerToken = new HashMap<>();
        listed.forEach(line -> listedPerToken.merge(StormVideos.tokenIn(line.path("video").asText()), 1, Integer::sum));
        Map<String, List<Task>> tasks = new HashMap<>();
        for (Task t : onServer) {
            String token = StormVideos.tokenIn(t.metadata().filename());
            assertNotNull(token, "task " + t.id() + " named " + t.metadata().filename() + " is no video of the storm");
            tasks.computeIfAbsent(token, x -> new ArrayList<>()).add(t);
        }
        int decisions = 0;
        for (StormVideos.Video v : videos.all()) {
            List<HistoryEntry> mine = entries.getOrDefault(v.token(), List.of());
            List<Task> made = tasks.getOrDefault(v.token(), List.of());
            assertEquals(1, mine.size(), v.url() + ": history entries " + describe(mine));
            assertEquals(1, listedPerToken.getOrDefault(v.token(), 0), v.url() + ": lines of list --json");
            HistoryEntry e = mine.get(0);
            assertTrue(made.size() <= 1, v.url() + " was created " + made.size() + " times: " + describeTasks(made)
                    + "; history " + describe(mine));
            if (e.state() == SubmissionState.NEEDS_DECISION) {
                decisions++; // a person decides; what matters is that it caused no second task
                continue;
            }
            assertEquals(SubmissionState.SENT, e.state(), v.url() + ": " + describe(mine));
            assertEquals(1, made.size(), v.url() + " has no task on the server, yet the history says "
                    + describe(mine));
            assertEquals(made.get(0).id(), e.taskId(), v.url() + ": the history follows another task");
        }
        assertEquals(videos.all().size(), entries.size(), "entries for unknown videos: " + entries.keySet());
        return new Tally(onServer.size(), decisions);
    }

    private static String describeTasks(List<Task> tasks) {
        return tasks.stream().map(t -> t.id() + " \"" + t.metadata().filename() + "\" created " + t.createdAt()).toList()
                .toString();
    }

    private static String describe(List<HistoryEntry> entries) {
        List<String> parts = new ArrayList<>();
        for (HistoryEntry e : entries) {
            parts.add(e.localId() + " " + e.state() + " task " + e.taskId() + " note " + e.note() + " log "
                    + e.log().stream().map(HistoryEntry.LogLine::text).toList());
        }
        return parts.toString();
    }
}
