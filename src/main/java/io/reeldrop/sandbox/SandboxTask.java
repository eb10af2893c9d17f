package io.reeldrop.sandbox;

/**
 * One video indexing task ({@code POST /tasks}): an {@link IndexingJob} that first downloads or
 * receives its video and checks it ({@code validating}), and whose video is known under
 * {@link #videoId} from the start.
 */
final class SandboxTask extends IndexingJob {

    String videoUrl;
    /** Uploaded or downloaded video bytes, until probed. */
    String videoPath;
    String videoId;
    /** Set when its video was deleted (as the service asks before a ready task can be deleted). */
    boolean videoDeleted;

    SandboxTask() {
        // for Jackson
    }

    @Override
    String videoId() {
        return videoId;
    }
}
