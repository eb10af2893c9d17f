package io.reeldrop.tracking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage a crash or another build can leave behind: torn journal lines and entries this build cannot read. */
class HistoryDamageTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dir;

    /** An entry whose POST was on the wire: losing it could send the video twice. */
    private static HistoryEntry sending(String localId, String video) {
        return HistoryEntry.builder(localId, "https://api.twelvelabs.io/v1.3",
                Submission.ofUrl(INDEX, null, "https://example.com/" + video), T0)
                .state(SubmissionState.SENDING).attemptStartedAt(T0).attempts(1).build();
    }

    private List<String> localIds(HistoryStore.Loaded loaded) {
        return loaded.document().tasks().stream().map(HistoryEntry::localId).toList();
    }

    @Test
    void aTearInsideAMultiByteCharacterLosesOnlyTheTornLine() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.append(List.of(sending("a", "vidéo-a.mp4"), sending("b", "vidéo-b.mp4")));
        byte[] next = journalLineOf(sending("c", "vidéo-c.mp4"));
        int cut = indexOf(next, "é".getBytes(StandardCharsets.UTF_8)) + 1; // half of the two-byte é
        Files.write(dir.resolve(HistoryStore.JOURNAL), Arrays.copyOf(next, cut), StandardOpenOption.APPEND);

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of("a", "b"), localIds(loaded), "the records before the tear are kept");
        assertEquals(SubmissionState.SENDING, loaded.document().tasks().get(0).state());
    }

    @Test
    void anAppendAfterATornLineIsNotGluedToIt() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.append(List.of(sending("a", "a.mp4")));
        byte[] torn = journalLineOf(sending("b", "b.mp4"));
        Files.write(dir.resolve(HistoryStore.JOURNAL), Arrays.copyOf(torn, torn.length / 2), StandardOpenOption.APPEND);

        HistoryStore restarted = new HistoryStore(dir);
        restarted.load();
        restarted.append(List.of(sending("c", "c.mp4")));

        assertEquals(List.of("a", "c"), localIds(new HistoryStore(dir).load()),
                "the record written after the restart survives");
    }

    @Test
    void anEntryThisBuildCannotReadIsSetAsideAndTheOthersStay() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null,
                List.of(sending("a", "a.mp4"), sending("b", "b.mp4"), sending("c", "c.mp4")), null));
        Path file = dir.resolve(HistoryStore.FILE);
        String json = Files.readString(file);
        int b = json.indexOf("\"localId\":\"b\"");
        int state = json.indexOf("\"SENDING\"", b);
        Files.writeString(file, json.substring(0, state) + "\"PAUSED_BY_A_NEWER_BUILD\"" + json.substring(state + 9));

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of("a", "c"), localIds(loaded));
        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        String warning = loaded.warnings().get(0);
        assertTrue(warning.contains("b.mp4") && warning.contains(HistoryStore.QUARANTINE), warning);
        assertTrue(Files.readString(dir.resolve(HistoryStore.QUARANTINE)).contains("PAUSED_BY_A_NEWER_BUILD"),
                "the unreadable entry is kept, not lost");
        assertTrue(Files.exists(file), "the history itself is not moved aside");
        try (var listing = Files.list(dir)) {
            assertFalse(listing.anyMatch(p -> p.getFileName().toString().contains(".corrupt-")));
        }
    }

    @Test
    void aDamagedHistoryFileFallsBackToThePreviousCopyAndTheJournalLinesSinceIt() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.append(List.of(sending("a", "vidéo-a.mp4")));
        store.save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(sending("a", "vidéo-a.mp4")), null));
        store.append(List.of(sending("b", "vidéo-b.mp4")));
        store.save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null,
                List.of(sending("a", "vidéo-a.mp4"), sending("b", "vidéo-b.mp4")), null));
        Path file = dir.resolve(HistoryStore.FILE);
        byte[] json = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(json, indexOf(json, "éo-b".getBytes(StandardCharsets.UTF_8)) + 1));

        HistoryStore.Loaded loaded = new HistoryStore(dir).load();

        assertEquals(List.of("a", "b"), localIds(loaded), "b is only in the damaged file and the journal lines"
                + " since the previous copy; its POST may be on the wire, so losing it could send it twice");
        assertEquals(SubmissionState.SENDING, loaded.document().tasks().get(1).state());
        assertTrue(loaded.warnings().get(0).contains("could not be read"), loaded.warnings().toString());
    }

    @Test
    void aReaderWithoutTheLockReportsDamageButChangesNothing() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.append(List.of(sending("a", "a.mp4")));
        Path journal = dir.resolve(HistoryStore.JOURNAL);
        Files.write(journal, "{\"seq\":2,\"ups".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(journal);

        HistoryStore.Loaded loaded = new HistoryStore(dir).loadReadOnly();

        assertEquals(List.of("a"), localIds(loaded));
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(journal)));
    }

    private byte[] journalLineOf(HistoryEntry e) throws IOException {
        Path scratch = Files.createTempDirectory(dir, "scratch");
        new HistoryStore(scratch).append(List.of(e));
        byte[] line = Files.readAllBytes(scratch.resolve(HistoryStore.JOURNAL));
        // renumber as the line after the two already in the journal
        String text = new String(line, StandardCharsets.UTF_8).replaceFirst("\"seq\":1", "\"seq\":3");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
