package io.reeldrop.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the delete question says for each flow, alone and mixed. */
class DeleteQuestionTest {

    private static TrackedTask row(String name, UploadFlow flow, TaskStatus status) {
        Submission s = Submission.ofUrl("i", null, "https://cdn.example.test/" + name).withFlow(flow);
        Task t = new Task("t-" + name, "i", status.equals(TaskStatus.READY) ? "v-" + name : null, status, null, null,
                null, null, null, null, null, "{}");
        return new TrackedTask("l-" + name, s, SubmissionState.SENT, t, null, null, Instant.EPOCH, Map.of(), 0, 0);
    }

    @Test
    void aFailedTaskHasNoVideoToDelete() {
        DeleteQuestion q = DeleteQuestion.of(List.of(row("a.mp4", UploadFlow.TASKS, TaskStatus.FAILED)), 0);
        assertEquals("The task of \"a.mp4\" is deleted. This cannot be undone.", q.text());
        assertFalse(q.offersAsset());
    }

    @Test
    void severalOfBothFlowsAreCountedPerFlowAndTheRestNamed() {
        DeleteQuestion q = DeleteQuestion.of(List.of(row("a.mp4", UploadFlow.ASSETS, TaskStatus.READY),
                row("b.mp4", UploadFlow.ASSETS, TaskStatus.FAILED), row("c.mp4", UploadFlow.TASKS, TaskStatus.READY)), 2);
        assertEquals("Delete 3 videos on the server?", q.header());
        assertEquals("2 indexed assets leave their index. 1 task goes, its video first if it is ready. This cannot be"
                + " undone. The uploaded assets stay on the platform, where they can be indexed again, unless you tick"
                + " the box below. 2 other selected rows are not ready or failed and stay as they are.", q.text());
        assertTrue(q.offersAsset());
        assertEquals("Also delete the uploaded assets", q.assetChoice());
    }

    @Test
    void severalOfOneFlowSayWhichTheyAre() {
        assertEquals("Delete 2 indexed assets on the server?", DeleteQuestion.of(List.of(
                row("a.mp4", UploadFlow.ASSETS, TaskStatus.READY), row("b.mp4", UploadFlow.ASSETS, TaskStatus.READY)),
                0).header());
        assertEquals("Delete 2 tasks on the server?", DeleteQuestion.of(List.of(
                row("a.mp4", UploadFlow.TASKS, TaskStatus.READY), row("b.mp4", UploadFlow.TASKS, TaskStatus.READY)),
                0).header());
    }
}
