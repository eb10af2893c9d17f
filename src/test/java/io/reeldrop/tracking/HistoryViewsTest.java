package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history as commands that need no API see it: read without the lock, forget under it. */
class HistoryViewsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dir;

    private static HistoryEntry entry(String localId, SubmissionState state) {
        return HistoryEntry.builder(localId, "sandbox", Submission.ofUrl(INDEX, null, "https://example.com/"
                + localId + ".mp4"), T0).state(state).build();
    }

    @Test
    void readingADamagedHistoryReportsItAndMovesNothing() throws IOException {
        Files.writeString(dir.resolve(HistoryStore.FILE), "{\"schema\":2,\"tasks\":[{\"localId\":");

        HistoryViews.Listing listing = HistoryViews.read(dir, Clock.systemUTC());

        assertEquals(List.of(), listing.tasks());
        assertTrue(listing.warnings().get(0).contains("could not be read"), listing.warnings().toString());
        assertTrue(Files.exists(dir.resolve(HistoryStore.FILE)), "the file stays for the lock holder to repair");
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("corrupt")));
        }
    }

    @Test
    void forgetRefusesWhatMayBeOnTheWireAndRemovesTheRest() {
        new HistoryStore(dir).save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null,
                List.of(entry("sendingnow01", SubmissionState.SENDING), entry("notsent00001", SubmissionState.NOT_SENT)),
                null));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> HistoryViews.forget(dir, "sendingnow", Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("is being sent"), refused.getMessage());
        assertEquals("notsent00001", HistoryViews.forget(dir, "notsent", Clock.systemUTC()).localId());

        assertEquals(List.of("sendingnow01"),
                HistoryViews.read(dir, Clock.systemUTC()).tasks().stream().map(TrackedTask::localId).toList());
    }
}
