package io.reeldrop.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.TrackedTask;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One bar over every file upload in flight; it hides when none is. */
class UploadProgressModelTest {

    private static TrackedTask file(String id, SubmissionState state, long sent, long total) {
        return new TrackedTask(id, Submission.ofFile("idx", null, Path.of("/videos/" + id + ".mp4")), state, null, null,
                null, Instant.EPOCH, Map.of(), sent, total);
    }

    @Test
    void progressSumsTheFilesStillUploadingAndHidesWhenAllAreSent() {
        UploadProgressModel upload = new UploadProgressModel();
        assertEquals(-1, upload.progressProperty().get());

        upload.observe(List.of(file("a", SubmissionState.SENDING, 1_048_576, 4_194_304),
                file("b", SubmissionState.SENDING, 3_145_728, 4_194_304)));
        assertEquals(0.5, upload.progressProperty().get(), 1e-9);
        assertEquals("Uploading 2 files: 4.0 MB of 8.0 MB", upload.textProperty().get());

        upload.observe(List.of(file("a", SubmissionState.SENT, 4_194_304, 4_194_304)));
        assertEquals(0.75, upload.progressProperty().get(), 1e-9);

        upload.observe(List.of(file("b", SubmissionState.NOT_SENT, 3_145_728, 4_194_304)));
        assertEquals(-1, upload.progressProperty().get());
        assertEquals("", upload.textProperty().get());
    }

    @Test
    void urlSubmissionsDoNotTouchTheBar() {
        UploadProgressModel upload = new UploadProgressModel();
        upload.observe(List.of(file("a", SubmissionState.SENDING, 10, 100)));
        upload.observe(List.of(new TrackedTask("u", Submission.ofUrl("idx", null, "https://a.test/v.mp4"),
                SubmissionState.SENT, null, null, null, Instant.EPOCH, Map.of(), 0, 0)));
        assertEquals(0.1, upload.progressProperty().get(), 1e-9);
    }
}
