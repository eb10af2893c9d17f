package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.TrackedTask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;

/** What a person who looks elsewhere is told when videos finish. */
class FinishNoticesTest {

    private record Notice(String text, Feather icon) {
    }

    private final FakeTracker tracker = new FakeTracker();
    private final List<Notice> shown = new ArrayList<>();
    private final AtomicBoolean looking = new AtomicBoolean();
    private final FinishNotices notices = new FinishNotices((text, icon) -> shown.add(new Notice(text, icon)),
            looking::get);

    private TrackedTask finished(String name, TaskStatus status) {
        String id = tracker.submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null,
                "https://cdn.example.test/" + name))).get(0).tracked().localId();
        return tracker.advance(id, status, new VideoMetadata(5.0, name, 640, 360), null);
    }

    @Test
    void oneVideoIsNamedWithItsOutcome() {
        notices.finished(List.of(finished("trailer.mp4", TaskStatus.READY)));
        notices.finished(List.of(finished("broken.mp4", TaskStatus.FAILED)));

        assertEquals(List.of(new Notice("trailer.mp4 is ready.", Feather.CHECK_CIRCLE),
                new Notice("broken.mp4 failed.", Feather.ALERT_TRIANGLE)), shown);
    }

    @Test
    void severalVideosAreCountedInOneNotice() {
        notices.finished(List.of(finished("a.mp4", TaskStatus.READY), finished("b.mp4", TaskStatus.READY)));
        notices.finished(List.of(finished("c.mp4", TaskStatus.READY), finished("d.mp4", TaskStatus.FAILED),
                finished("e.mp4", TaskStatus.FAILED)));

        assertEquals(List.of(new Notice("2 videos finished, all ready.", Feather.CHECK_CIRCLE),
                new Notice("3 videos finished, 2 failed.", Feather.ALERT_TRIANGLE)), shown);
    }

    @Test
    void nothingIsShownWhileThePersonLooksAtTheWindow() {
        looking.set(true);
        notices.finished(List.of(finished("trailer.mp4", TaskStatus.READY)));
        assertEquals(List.of(), shown);

        looking.set(false);
        notices.setLookingAtWindow(() -> true);
        notices.finished(List.of(finished("other.mp4", TaskStatus.READY)));
        assertEquals(List.of(), shown);
    }
}
