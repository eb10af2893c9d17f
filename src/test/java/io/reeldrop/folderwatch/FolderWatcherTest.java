package io.reeldrop.folderwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.FakeTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One folder, real files, a hand-moved clock: what is sent, when, and that it is sent once. */
class FolderWatcherTest {

    private static final String INDEX = "73616e64626f780000000001";
    private static final Duration STABLE = Duration.ofSeconds(5);

    @TempDir
    Path data;
    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock();
    private final List<String> troubles = new ArrayList<>();
    private final List<Integer> alreadyThere = new ArrayList<>();
    private final List<SubmitOutcome> handed = new ArrayList<>();

    private final FolderWatcher.Listener listener = new FolderWatcher.Listener() {
        @Override
        public void began(WatchedFolder watch, int count) {
            alreadyThere.add(count);
        }

        @Override
        public void handedOver(WatchedFolder watch, List<SubmitOutcome> outcomes) {
            handed.addAll(outcomes);
        }

        @Override
        public void trouble(WatchedFolder watch, String sentence) {
            troubles.add(sentence);
        }
    };

    private FolderWatcher watcher(FakeTracker tracker, boolean sendExisting) {
        return new FolderWatcher(WatchedFolder.of(folder, INDEX), tracker, UploadFlow.TASKS, HandoverLedger.in(data),
                new FolderWatcher.Timing(STABLE, Duration.ofSeconds(1)), sendExisting, listener, clock);
    }

    private Path write(String name, int bytes) throws IOException {
        return Files.write(folder.resolve(name), new byte[bytes]);
    }

    private static List<Path> sent(FakeTracker tracker) {
        return tracker.received().stream().map(Submission::videoFile).toList();
    }

    @Test
    void aNewVideoIsSentOnceItHasStoppedGrowingAndNeverAgain() throws IOException {
        write("before.mp4", 1000);
        FakeTracker tracker = new FakeTracker();
        FolderWatcher w = watcher(tracker, false);

        assertEquals(0, w.look());
        assertEquals(List.of(1), alreadyThere, "the video already there is counted and left alone");

        Path clip = write("clip.mp4", 1000);
        assertEquals(1, w.look(), "seen, not yet settled");
        clock.advance(Duration.ofSeconds(3));
        Files.write(clip, new byte[500], StandardOpenOption.APPEND);
        assertEquals(1, w.look(), "it grew: the quiet time starts again");
        clock.advance(Duration.ofSeconds(4));
        assertEquals(1, w.look(), "4 s of quiet is not 5");
        assertEquals(List.of(), tracker.received());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, w.look());
        assertEquals(List.of(clip.toAbsolutePath().normalize()), sent(tracker));
        Submission s = tracker.received().get(0);
        assertEquals(INDEX, s.indexId());
        assertEquals(SubmitOutcome.Kind.ACCEPTED, handed.get(0).kind());

        clock.advance(Duration.ofMinutes(1));
        w.look();
        w.look();
        assertEquals(1, tracker.received().size(), "sent once");
        assertTrue(Files.isRegularFile(data.resolve(HandoverLedger.FILE)));
    }

    @Test
    void aRestartWithAnEngineThatForgotTheRowDoesNotSendTheFileAgain() throws IOException {
        FakeTracker first = new FakeTracker();
        FolderWatcher w = watcher(first, false);
        w.look();
        write("clip.mp4", 1000);
        w.look();
        clock.advance(STABLE);
        w.look();
        assertEquals(1, first.received().size());
        first.forget(first.localIds().get(0));
        w.close();

        // A new process: a fresh engine (the row was forgotten) and the ledger read from disk.
        FakeTracker second = new FakeTracker();
        FolderWatcher again = watcher(second, false);
        again.look();
        clock.advance(STABLE);
        again.look();
        assertEquals(List.of(), second.received());
        assertEquals(List.of(), alreadyThere.subList(1, alreadyThere.size()), "the watch had looked before");

        write("next.mp4", 10);
        again.look();
        clock.advance(STABLE);
        again.look();
        assertEquals(List.of(folder.resolve("next.mp4").toAbsolutePath().normalize()), sent(second));
    }

    @Test
    void askedToTheWatchSendsWhatIsAlreadyThereToo() throws IOException {
        Path old = write("old.mov", 10);
        FakeTracker tracker = new FakeTracker();
        FolderWatcher w = watcher(tracker, true);
        w.look();
        clock.advance(STABLE);
        w.look();
        assertEquals(List.of(old.toAbsolutePath().normalize()), sent(tracker));
        assertEquals(List.of(), alreadyThere);
    }

    @Test
    void partialDownloadsHiddenFilesEmptyFilesAndOtherFilesAreNotSent() throws IOException {
        FakeTracker tracker = new FakeTracker();
        FolderWatcher w = watcher(tracker, false);
        w.look();
        write("movie.mp4.part", 10);
        write("movie.mp4.crdownload", 10);
        write(".hidden.mp4", 10);
        write("~$lock.mp4", 10);
        write("notes.txt", 10);
        write("empty.mp4", 0);
        Files.createDirectory(folder.resolve("sub.mp4"));
        w.look();
        clock.advance(Duration.ofMinutes(1));
        w.look();
        assertEquals(List.of(), tracker.received());
        assertFalse(VideoFiles.isVideo(folder.resolve("movie.mp4.part")));
        assertTrue(VideoFiles.isVideo(folder.resolve("CLIP.MKV")));
    }

    @Test
    void aMissingFolderIsReportedOnceAndClearedWhenItReturns() throws IOException {
        Path gone = folder.resolve("incoming");
        FakeTracker tracker = new FakeTracker();
        FolderWatcher w = new FolderWatcher(WatchedFolder.of(gone, INDEX), tracker, UploadFlow.TASKS,
                HandoverLedger.in(data), new FolderWatcher.Timing(STABLE, Duration.ofSeconds(1)), false, listener, clock);
        w.look();
        w.look();
        assertEquals(1, troubles.size(), troubles.toString());
        assertTrue(troubles.get(0).contains(gone.toString()) && troubles.get(0).contains("looks again"),
                troubles.get(0));

        Files.createDirectory(gone);
        w.look();
        assertEquals(2, troubles.size());
        assertNull(troubles.get(1));
    }

    @Test
    void anUnreadableLedgerStopsTheWatchWithASentenceAndSendsNothing() throws IOException {
        Files.writeString(data.resolve(HandoverLedger.FILE), "{ not json");
        write("clip.mp4", 10);
        FakeTracker tracker = new FakeTracker();
        FolderWatcher w = watcher(tracker, true);

        IllegalStateException e = assertThrows(IllegalStateException.class, w::look);
        assertTrue(e.getMessage().contains("sent twice") && e.getMessage().contains(HandoverLedger.FILE), e.getMessage());
        clock.advance(STABLE);
        assertThrows(IllegalStateException.class, w::look);
        assertEquals(List.of(), tracker.received());
    }

    @Test
    void aWatchOfTheSameFolderForAnotherIndexIsItsOwn() throws IOException {
        FakeTracker tracker = new FakeTracker();
        FolderWatcher w = watcher(tracker, false);
        w.look();
        write("clip.mp4", 10);
        w.look();
        clock.advance(STABLE);
        w.look();
        FolderWatcher other = new FolderWatcher(WatchedFolder.of(folder, "aaaaaaaaaaaaaaaaaaaaaaaa"), tracker, UploadFlow.TASKS,
                HandoverLedger.in(data), new FolderWatcher.Timing(STABLE, Duration.ofSeconds(1)), true, listener, clock);
        other.look();
        clock.advance(STABLE);
        other.look();
        assertEquals(List.of(INDEX, "aaaaaaaaaaaaaaaaaaaaaaaa"),
                tracker.received().stream().map(Submission::indexId).toList());
    }
}
