package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.store.HistoryEntry;
import java.util.Locale;

/**
 * Deleting a video on the server the way its flow needs: an indexed asset goes in one call
 * (and, when asked, the uploaded asset after it); a task's video goes first, then the task, as
 * the API documents for a ready task. Something already gone counts as deleted.
 */
final class ServerDeletes {

    private final TwelveLabsApi api;

    ServerDeletes(TwelveLabsApi api) {
        this.api = api;
    }

    /** Blocks on the network. */
    void delete(HistoryEntry e, boolean alsoAsset) {
        if (e.taskId() == null) {
            throw new IllegalStateException("\"" + e.submission().displayName() + "\" has nothing on the server yet;"
                    + " use Remove to drop it from the list.");
        }
        if (e.task() == null || !e.task().status().isTerminal()) {
            throw new IllegalStateException("The API deletes only videos that are ready or failed; \""
                    + e.submission().displayName() + "\" is " + Intake.describe(e) + ". Wait until it ends.");
        }
        String index = e.submission().indexId().strip().toLowerCase(Locale.ROOT);
        if (e.submission().flow() == UploadFlow.ASSETS) {
            ignoringGone(() -> api.assets().deleteIndexedAsset(index, e.taskId()));
            if (alsoAsset && e.upload() != null && e.upload().assetId() != null) {
                ignoringGone(() -> api.assets().deleteAsset(e.upload().assetId()));
            }
            return;
        }
        if (e.task().status().equals(TaskStatus.READY) && e.task().videoId() != null) {
            ignoringGone(() -> api.deleteVideo(index, e.task().videoId()));
        }
        ignoringGone(() -> api.deleteTask(e.taskId()));
    }

    private static void ignoringGone(Runnable call) {
        try {
            call.run();
        } catch (ApiException x) {
            if (x.httpStatus() != 404) {
                throw x;
            }
        }
    }
}
