package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every crash point of the history writer and its journal, from one real engine run on virtual
 * time against a server that keeps the books ({@link LedgerApi}): each write step
 * ({@link HistoryStore.WriteStep}), each POST's arrival and commit, each engine step; and byte by
 * byte, every offset of every journal append (tears inside two-, three- and four-byte characters
 * included), every offset of a realistic {@code history.json.tmp} and {@code history.json}. For
 * each state: every entry acknowledged before the crash is there (in that state or a later one;
 * for a damaged {@code history.json}, at least an earlier one), and an engine restarted on it,
 * against the server as the crash left it, sends nothing the server already has, makes no
 * duplicate, loses nothing and leaves nothing unsettled. Restarts are made once per distinct
 * loaded history (and server, and journal tail). Budget: about 20 s (14-40 s measured, by load).
 */
class TornFilesTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final String INDEX = "0123456789abcdef01234567";
    private static final String CDN = "https://cdn.example.com/v/";
    private static final List<String> FIRST = List.of("vidéo-1.mp4", "clip+1.mp4", "a%2Fb.mp4", "日本語の動画.mp4",
            "🎬-première.mp4");
    private static final String AFTER_RESTART = "après-redémarrage.mp4";
    private static final List<String> SECOND = List.of("two%20words.mp4", "naïve-café.mp4", "Ελληνικά.mp4");

    @TempDir
    static Path work;

    private static CrashTimeline timeline;
    private static Map<String, List<HistoryEntry>> versions;
    private static TornStates states;

    /** Held strongly while quieted: each of thousands of torn files is reported, rightly, with a warning. */
    private static final Logger STORE_LOG = Logger.getLogger("io.reeldrop.tracking.store");
    private static Level storeLevel;

    @BeforeAll
    static void recordOneRealRun() throws Exception {
        storeLevel = STORE_LOG.getLevel();
        STORE_LOG.setLevel(Level.SEVERE);
        Path live = Files.createDirectories(work.resolve("live"));
        VirtualTime time = new VirtualTime(T0);
        LedgerApi api = new LedgerApi(time::now);
        api.script("clip+1.mp4", LedgerApi.Answer.LOST);
        api.script("a/b.mp4", LedgerApi.Answer.NOT_CREATED);
        api.script("🎬-première.mp4", LedgerApi.Answer.OTHER_NAME_LOST);
        api.script("two words.mp4", LedgerApi.Answer.REFUSED);
        api.script("naïve-café.mp4", LedgerApi.Answer.LOST);
        timeline = new CrashTimeline(live, api::held, time::now);
        HistoryStore store = new HistoryStore(live, time.clock(), step -> timeline.capture("save: " + step));
        api.onArrival = () -> timeline.capture("POST arrived");
        api.onCommit = () -> timeline.capture("POST committed");
        time.afterEachJob = () -> timeline.capture("engine step");
        try (Tracker tracker = TrackerBuilder.forApi(api).store(store).executor(time).random(new Random(7)).build()) {
            timeline.capture("started");
            tracker.submit(FIRST.stream().map(n -> Submission.ofUrl(INDEX, "fr", CDN + n)).toList());
            timeline.capture("first videos accepted");
            time.advance(Duration.ofSeconds(40));
            tracker.submit(SECOND.stream().map(n -> Submission.ofUrl(INDEX, null, CDN + n)).toList());
            timeline.capture("more videos accepted");
            time.advance(Duration.ofMinutes(2));
            TrackedTask waiting = tracker.snapshot().stream()
                    .filter(t -> t.state() == SubmissionState.NEEDS_DECISION).findFirst().orElseThrow(
                            () -> new AssertionError("the foreign-named task should wait for a person"));
            tracker.adopt(waiting.localId(), waiting.candidates().get(0));
            timeline.capture("the person adopted the task found");
            time.advance(Duration.ofMinutes(1));
        }
        timeline.capture("closed");
        versions = timeline.versions(work.resolve("versions"));
        states = new TornStates(timeline.moments(), work);
    }

    @AfterAll
    static void figures() {
        STORE_LOG.setLevel(storeLevel);
        if (states != null) {
            System.out.println("TornFilesTest: " + states.summary());
        }
    }

    @Test
    void everyStepOfEveryWriteLosesNothing() {
        List<TornStates.State> steps = states.writeSteps();
        assertTrue(steps.size() > 20, "too few crash points recorded: " + steps.size());
        assertTrue(steps.stream().anyMatch(s -> s.label().contains("HALF_WRITTEN"))
                && steps.stream().anyMatch(s -> s.label().contains("PREVIOUS_KEPT"))
                && steps.stream().anyMatch(s -> s.label().contains("renamed")), "every write step is covered");
        steps.forEach(s -> check(s, true));
    }

    @Test
    void aJournalTornAtAnyByteCostsOnlyTheTornLine() {
        List<TornStates.State> tears = states.journalTears();
        long insideCharacters = tears.stream().filter(TornStates.State::insideCharacter).count();
        assertTrue(insideCharacters > 20, "tears inside multi-byte characters: " + insideCharacters);
        for (TornStates.State s : tears) {
            List<HistoryEntry> torn = check(s, true);
            assertEquals(states.withoutTornLine(s), torn, s.label() + ": the tear costs more than the torn line");
        }
    }

    @Test
    void aTornTempFileIsIgnored() {
        for (TornStates.State s : states.tempTears()) {
            assertEquals(states.acknowledged(s), check(s, true), s.label() + ": the temp file was read");
        }
    }

    @Test
    void aTornHistoryFileFallsBackWithoutLosingOrResending() {
        states.historyTears().forEach(s -> check(s, false));
    }

    /**
     * Nothing acknowledged is lost; a restart on the state sends nothing twice and settles
     * everything. Returns the history loaded from the state.
     */
    private static List<HistoryEntry> check(TornStates.State s, boolean strict) {
        HistoryStore.Loaded loaded = states.load(s.files());
        Map<String, HistoryEntry> got = byId(loaded.document().tasks());
        for (HistoryEntry acked : states.acknowledged(s)) {
            HistoryEntry now = got.get(acked.localId());
            assertNotNull(now, s.label() + ": " + acked.submission().videoUrl() + " was acknowledged and is lost");
            List<HistoryEntry> order = versions.get(acked.localId());
            int was = order.indexOf(acked);
            int is = order.indexOf(now);
            assertTrue(is >= 0, s.label() + ": " + acked.localId() + " came back in a state never written: " + now);
            assertTrue(!strict || is >= was, s.label() + ": " + acked.submission().videoUrl() + " went back from "
                    + acked.state() + " to " + now.state());
        }
        states.restartOnce(s, loaded, TornFilesTest::restart);
        return loaded.document().tasks();
    }

    private static void restart(TornStates.State s, Path folder) {
        VirtualTime time = new VirtualTime(s.at().plusSeconds(1));
        LedgerApi api = new LedgerApi(time::now, s.server());
        try (Tracker tracker = TrackerBuilder.forApi(api).dataFolder(folder).executor(time).random(new Random(3))
                .build()) {
            // A person reruns their script at once, and the machine dies again right after: the new
            // video was acknowledged, so it must be on disk whatever the first crash left there.
            tracker.submit(List.of(Submission.ofUrl(INDEX, null, CDN + AFTER_RESTART)));
            List<HistoryEntry> again = states.load(CrashTimeline.read(folder)).document().tasks();
            assertTrue(again.stream().anyMatch(e -> e.submission().videoUrl().endsWith(AFTER_RESTART)),
                    s.label() + ": a video accepted after the restart is lost by a second crash");
            time.advance(Duration.ofMinutes(10));
        }
        for (LedgerApi.Held h : s.server()) {
            assertEquals(0, api.posts().getOrDefault(h.video(), 0), s.label() + ": " + h.video() + " was sent again"
                    + " although the server had it; posts " + api.posts());
        }
        api.tasksPerVideo().forEach((video, n) -> assertEquals(1, n, s.label() + ": " + video + " made " + n
                + " tasks"));
        List<HistoryEntry> after = new HistoryStore(folder).load().document().tasks();
        Map<String, HistoryEntry> afterById = byId(after);
        for (HistoryEntry acked : states.acknowledged(s)) {
            assertNotNull(afterById.get(acked.localId()), s.label() + ": " + acked.submission().videoUrl()
                    + " was lost by the restart");
        }
        for (HistoryEntry e : after) {
            assertTrue(Stream.of(SubmissionState.QUEUED, SubmissionState.SENDING, SubmissionState.OUTCOME_UNKNOWN)
                    .noneMatch(x -> x == e.state()), s.label() + ": " + e.submission().videoUrl() + " is stuck in "
                    + e.state() + " (" + e.note() + ")");
        }
    }

    private static Map<String, HistoryEntry> byId(List<HistoryEntry> entries) {
        Map<String, HistoryEntry> m = new HashMap<>();
        entries.forEach(e -> m.put(e.localId(), e));
        return m;
    }
}
