package io.reeldrop.tracking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dir;

    private static HistoryEntry entry(String localId, String status) {
        Task task = new Task("task-" + localId, INDEX, null, TaskStatus.of(status), T0, T0.plusSeconds(5), null,
                new VideoMetadata(12.5, "clip.mp4", 640, 360), null, null, null, "{\"_id\":\"task-" + localId + "\"}");
        return HistoryEntry.builder(localId, "https://api.twelvelabs.io/v1.3",
                Submission.ofUrl(INDEX, "en", "https://example.com/" + localId + ".mp4"), T0)
                .state(SubmissionState.SENT).taskId(task.id()).task(task).statusTimes(Map.of(status, T0.plusSeconds(5)))
                .attemptStartedAt(T0).attempts(1).logLine(T0, "sent").build();
    }

    private static HistoryDocument doc(HistoryEntry... entries) {
        return new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(entries),
                Map.of("api.twelvelabs.io", Map.of("indexing", new LearnedRatio(0.4, 3))));
    }

    @Test
    void savedDocumentReadsBackWithEveryField() {
        HistoryStore store = new HistoryStore(dir);
        HistoryEntry original = entry("a", "indexing");
        store.save(doc(original));

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of(), loaded.warnings());
        assertEquals(original, loaded.document().tasks().get(0));
        assertEquals(new LearnedRatio(0.4, 3), loaded.document().etaRatios().get("api.twelvelabs.io").get("indexing"));
        assertTrue(loaded.document().savedAt() != null, "the save time is stamped");
    }

    @Test
    void missingFileIsAnEmptyHistory() {
        HistoryStore.Loaded loaded = new HistoryStore(dir).load();
        assertEquals(List.of(), loaded.document().tasks());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void crashHalfwayThroughAWriteLeavesTheFormerDocumentIntact() {
        new HistoryStore(dir).save(doc(entry("a", "indexing")));
        HistoryStore crashing = new HistoryStore(dir, Clock.systemUTC(), step -> {
            if (step == HistoryStore.WriteStep.HALF_WRITTEN) {
                throw new IOException("simulated power loss");
            }
        });

        assertThrows(UncheckedIOException.class, () -> crashing.save(doc(entry("a", "ready"), entry("b", "pending"))));

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();
        assertEquals(List.of(), loaded.warnings());
        assertEquals(List.of(entry("a", "indexing")), loaded.document().tasks());
    }

    @Test
    void crashAfterTheTempFileIsSyncedButBeforeTheRenameKeepsTheFormerDocument() {
        new HistoryStore(dir).save(doc(entry("a", "indexing")));
        HistoryStore crashing = new HistoryStore(dir, Clock.systemUTC(), step -> {
            if (step == HistoryStore.WriteStep.PREVIOUS_KEPT) {
                throw new IOException("simulated kill");
            }
        });

        assertThrows(UncheckedIOException.class, () -> crashing.save(doc(entry("b", "pending"))));

        assertEquals(List.of(entry("a", "indexing")), new HistoryStore(dir).load().document().tasks());
        // the next successful save simply replaces the stale temp file
        new HistoryStore(dir).save(doc(entry("c", "ready")));
        assertEquals(List.of(entry("c", "ready")), new HistoryStore(dir).load().document().tasks());
    }

    @Test
    void corruptFileIsMovedAsideAndThePreviousGoodCopyIsUsed() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:34:56Z"), ZoneOffset.UTC);
        HistoryStore store = new HistoryStore(dir, clock, HistoryStore.WriteHook.NONE);
        store.save(doc(entry("a", "indexing")));
        store.save(doc(entry("a", "ready"), entry("b", "pending")));
        byte[] bytes = Files.readAllBytes(store.file());
        Files.write(store.file(), Arrays.copyOf(bytes, bytes.length / 3)); // torn write

        HistoryStore.Loaded loaded = store.load();

        assertEquals(List.of(entry("a", "indexing")), loaded.document().tasks());
        assertEquals(1, loaded.warnings().size());
        String warning = loaded.warnings().get(0);
        assertTrue(warning.contains("could not be read") && warning.contains("history.json.corrupt-20261128-123456"),
                warning);
        Path aside = dir.resolve("history.json.corrupt-20261128-123456");
        assertTrue(Files.exists(aside), "the unreadable file is kept, not deleted");
        assertEquals(bytes.length / 3, Files.size(aside));
    }

    @Test
    void whenBothCopiesAreUnreadableBothAreKeptAndTheListStartsEmpty() throws IOException {
        Files.writeString(dir.resolve(HistoryStore.FILE), "{ not json");
        Files.writeString(dir.resolve(HistoryStore.PREVIOUS), "[]");

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of(), loaded.document().tasks());
        assertTrue(loaded.warnings().get(0).contains("Both are kept"), loaded.warnings().get(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.filter(p -> p.getFileName().toString().contains(".corrupt-")).count());
        }
    }

    @Test
    void schemaOneDocumentIsUpgraded() throws IOException {
        Files.writeString(dir.resolve(HistoryStore.FILE), """
                {"version": 1, "apiUrl": "https://api.twelvelabs.io/v1.2", "tasks": [
                  {"id": "l1", "taskId": "t1", "indexId": "%1$s", "videoUrl": "https://e.com/a.mp4",
                   "language": "en", "status": "indexing", "submittedAt": "2026-01-02T03:04:05Z"},
                  {"id": "l2", "indexId": "%1$s", "videoUrl": "https://e.com/b.mp4", "lastError": "Bad URL"},
                  {"id": "l3", "indexId": "%1$s", "videoUrl": "https://e.com/c.mp4"}
                ]}
                """.formatted(INDEX), StandardCharsets.UTF_8);

        HistoryDocument doc = new HistoryStore(dir).load().document();

        assertEquals(HistoryStore.CURRENT_SCHEMA, doc.schema());
        HistoryEntry sent = doc.tasks().get(0);
        assertEquals(SubmissionState.SENT, sent.state());
        assertEquals("t1", sent.taskId());
        assertEquals(TaskStatus.INDEXING, sent.task().status());
        assertEquals("https://e.com/a.mp4", sent.submission().videoUrl());
        assertEquals("en", sent.submission().language());
        assertEquals("https://api.twelvelabs.io/v1.2", sent.apiProfile());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), sent.submittedAt());
        assertEquals(SubmissionState.NOT_SENT, doc.tasks().get(1).state());
        assertEquals("Bad URL", doc.tasks().get(1).note());
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, doc.tasks().get(2).state(),
                "schema 1 did not say whether the POST went out, so the engine must reconcile");
        assertNull(doc.tasks().get(2).taskId());
    }

    @Test
    void documentFromANewerBuildIsLeftUntouchedWithAClearMessage() throws IOException {
        Files.writeString(dir.resolve(HistoryStore.FILE), "{\"schema\": 99, \"tasks\": []}");

        HistoryException e = assertThrows(HistoryException.class, () -> new HistoryStore(dir).load());

        assertTrue(e.getMessage().contains("newer ReelDrop"), e.getMessage());
        assertEquals("{\"schema\": 99, \"tasks\": []}", Files.readString(dir.resolve(HistoryStore.FILE)));
    }

    @Test
    void secondHolderOfTheLockGetsAClearMessage() throws Exception {
        HistoryStore store = new HistoryStore(dir);
        try (AutoCloseable lock = store.lockExclusive()) {
            HistoryException e = assertThrows(HistoryException.class, () -> new HistoryStore(dir).lockExclusive());
            assertTrue(e.getMessage().contains("Another ReelDrop"), e.getMessage());
        }
        new HistoryStore(dir).lockExclusive().close();
    }

    @Test
    void aCleanCloseLeavesNoLockFileAndALeftoverOneIsTakenOver() throws Exception {
        Path lockFile = dir.resolve("history.lock");
        HistoryStore.Lock first = new HistoryStore(dir).lockExclusive();
        assertTrue(Files.exists(lockFile));
        first.close();
        assertFalse(Files.exists(lockFile), "a clean close removes the lock file");

        Files.writeString(lockFile, "left by a crash"); // unlocked: nobody holds it
        HistoryStore.Lock second = new HistoryStore(dir).lockExclusive();
        first.close(); // a stray second close of the old lock must not remove the new holder's file
        assertTrue(Files.exists(lockFile));
        assertThrows(HistoryException.class, () -> new HistoryStore(dir).lockExclusive());
        second.close();
        assertFalse(Files.exists(lockFile));
    }

    @Test
    void journalLinesSurviveWithoutAFullWrite() {
        HistoryStore store = new HistoryStore(dir);
        store.save(doc(entry("a", "indexing")));
        store.append(List.of(entry("a", "ready"), entry("b", "pending")));

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of(entry("a", "ready"), entry("b", "pending")), loaded.document().tasks());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void aTornLastJournalLineIsSkippedQuietly() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.append(List.of(entry("a", "pending")));
        Files.writeString(dir.resolve(HistoryStore.JOURNAL), "{\"seq\":2,\"upsert\":{\"localId\":\"b\",",
                StandardOpenOption.APPEND);

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of(entry("a", "pending")), loaded.document().tasks());
        assertEquals(List.of(), loaded.warnings(), "an unacknowledged half line is no loss");
    }

    @Test
    void aFullWriteFoldsTheJournalInAndStaleLinesAreNotReplayed() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.append(List.of(entry("a", "pending")));
        byte[] journal = Files.readAllBytes(dir.resolve(HistoryStore.JOURNAL));
        store.save(doc(entry("a", "ready")));
        assertTrue(!Files.exists(dir.resolve(HistoryStore.JOURNAL)), "folded in and removed");

        // a crash between the rename and the removal leaves the old journal behind
        Files.write(dir.resolve(HistoryStore.JOURNAL), journal);
        HistoryStore reopened = new HistoryStore(dir);
        assertEquals(List.of(entry("a", "ready")), reopened.load().document().tasks(), "older lines are skipped");
        reopened.append(List.of(entry("c", "queued")));
        assertEquals(List.of(entry("a", "ready"), entry("c", "queued")),
                new HistoryStore(dir).load().document().tasks(), "numbering goes on after the old lines");
    }
}
