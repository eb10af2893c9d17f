package io.reeldrop.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskProcess;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which stages carry a progress fraction, and how it reads. */
class RowStatusTest {

    private static final Submission FILE = Submission.ofFile("i", null, Path.of("/v/a.mp4"));

    private static TrackedTask task(SubmissionState state, Task api, long sent, long total) {
        return new TrackedTask("l", FILE, state, api, null, null, Instant.EPOCH, Map.of(), sent, total);
    }

    private static Task api(TaskStatus status, Double percentage) {
        return new Task("t", "i", null, status, null, null, null, null,
                percentage == null ? null : new TaskProcess(percentage, 10.0), null, null, "{}");
    }

    @Test
    void uploadBytesGiveTheBar() {
        RowStatus s = RowStatus.of(task(SubmissionState.SENDING, null, 25, 100));
        assertEquals("uploading", s.text());
        assertEquals(0.25, s.progress());
        assertEquals("25%", s.percentText());
        assertEquals("uploading 25%", s.textWithProgress());
        assertEquals("status-active", s.tone().styleClass());
    }

    @Test
    void anUploadStageBeforeTheApiNamesATaskShowsItsBytesToo() {
        RowStatus s = RowStatus.of(task(SubmissionState.SENT, null, 3, 4));
        assertEquals("uploading", s.text());
        assertEquals(0.75, s.progress());
    }

    @Test
    void v12IndexingShowsTheApisPercentageAndOtherStagesOnlyALabel() {
        RowStatus indexing = RowStatus.of(task(SubmissionState.SENT, api(TaskStatus.INDEXING, 42.5), 0, 0));
        assertEquals("indexing", indexing.text());
        assertEquals("42%", indexing.percentText());
        assertEquals(RowStatus.Tone.INDEXING, indexing.tone());

        RowStatus v13 = RowStatus.of(task(SubmissionState.SENT, api(TaskStatus.INDEXING, null), 0, 0));
        assertFalse(v13.showsProgress(), "v1.3 sends no percentage: a label, no bar");
        RowStatus queued = RowStatus.of(task(SubmissionState.QUEUED, null, 0, 0));
        assertEquals("waiting", queued.text());
        assertFalse(queued.showsProgress());
        RowStatus pending = RowStatus.of(task(SubmissionState.SENT, api(TaskStatus.PENDING, null), 0, 0));
        assertEquals("pending", pending.textWithProgress());
    }

    @Test
    void aFinishedTaskShowsNoBar() {
        RowStatus ready = RowStatus.of(task(SubmissionState.SENT, api(TaskStatus.READY, null), 100, 100));
        assertTrue(ready.progress() == 1 && !ready.showsProgress() && ready.percentText().isEmpty());
        assertEquals(RowStatus.Group.FAILED, RowStatus.of(task(SubmissionState.SENT, api(TaskStatus.FAILED, null), 0, 0)).group());
    }
}
