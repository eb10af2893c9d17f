package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.ui.notify.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What a person who looks elsewhere is told: failures at once, one notice when the batch is done. */
class FinishNoticesTest {

    private final FakeTracker tracker = new FakeTracker();
    private final List<Notice> shown = new ArrayList<>();
    private final AtomicBoolean looking = new AtomicBoolean();
    private final FinishNotices notices = new FinishNotices(shown::add, looking::get);

    private TrackedTask sent(String name) {
        TrackedTask t = tracker.submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null,
                "https://cdn.example.test/" + name))).get(0).tracked();
        notices.observe(List.of(t), List.of());
        return t;
    }

    private TrackedTask finish(TrackedTask t, TaskStatus status) {
        String name = t.submission().videoUrl().substring(t.submission().videoUrl().lastIndexOf('/') + 1);
        return tracker.advance(t.localId(), status, new VideoMetadata(5.0, name, 640, 360), null);
    }

    private List<String> texts() {
        return shown.stream().map(Notice::text).toList();
    }

    @Test
    void oneVideoIsNamedWithItsOutcome() {
        notices.observe(List.of(finish(sent("trailer.mp4"), TaskStatus.READY)), List.of());
        notices.observe(List.of(finish(sent("broken.mp4"), TaskStatus.FAILED)), List.of());

        assertEquals(List.of(new Notice("Video ready", "trailer.mp4 is ready.", false),
                new Notice("A video failed", "broken.mp4 failed. The API marked the task failed without saying why."
                        + " Check the video plays, then retry.", true)), shown);
    }

    @Test
    void aBatchIsToldOnceWhenItsLastVideoFinishesAndAFailureAtOnce() {
        TrackedTask a = sent("a.mp4");
        TrackedTask b = sent("b.mp4");
        TrackedTask c = sent("c.mp4");

        notices.observe(List.of(finish(a, TaskStatus.READY)), List.of());
        assertEquals(List.of(), shown, "two are still in flight");
        notices.observe(List.of(finish(b, TaskStatus.FAILED)), List.of());
        assertEquals(1, shown.size());
        assertEquals(new Notice("A video failed", "b.mp4 failed. The API marked the task failed without saying why."
                + " Check the video plays, then retry.", true), shown.get(0));
        notices.observe(List.of(finish(c, TaskStatus.READY)), List.of());

        assertEquals(List.of(shown.get(0).text(), "3 videos finished, 1 failed."), texts());
        assertEquals(true, shown.get(1).problem());
    }

    @Test
    void severalFailuresInOneBatchAreOneNoticeAndAnAllFailedBatchIsNotToldTwice() {
        TrackedTask a = sent("a.mp4");
        TrackedTask b = sent("b.mp4");
        sent("c.mp4");
        notices.observe(List.of(finish(a, TaskStatus.FAILED), finish(b, TaskStatus.FAILED)), List.of());
        assertEquals(List.of("2 videos failed: a.mp4, b.mp4."), texts());

        TrackedTask d = sent("d.mp4");
        notices.observe(List.of(), List.of(tracker.localIds().get(2)));
        notices.observe(List.of(finish(d, TaskStatus.FAILED)), List.of());
        assertEquals(2, shown.size(), texts().toString());
        assertEquals("3 videos finished, 3 failed.", shown.get(1).text(), "d.mp4 had not been told");
    }

    @Test
    void nothingIsShownWhileThePersonLooksAtTheWindowAndTheNextBatchStartsAfresh() {
        looking.set(true);
        notices.observe(List.of(finish(sent("seen.mp4"), TaskStatus.FAILED)), List.of());
        assertEquals(List.of(), shown);

        looking.set(false);
        notices.observe(List.of(finish(sent("later.mp4"), TaskStatus.READY)), List.of());
        assertEquals(List.of("later.mp4 is ready."), texts());
    }

    @Test
    void afterAResetOnlyWhatWasUnfinishedThereCounts() {
        TrackedTask old = sent("old.mp4");
        notices.reset(List.of(old));
        notices.observe(List.of(finish(old, TaskStatus.READY)), List.of());
        assertEquals(List.of("old.mp4 is ready."), texts());

        notices.reset(List.of());
        notices.observe(List.of(tracker.advance(old.localId(), TaskStatus.READY, VideoMetadata.EMPTY, null)), List.of());
        assertEquals(1, shown.size(), "a task that was never in flight here is not news");
    }
}
