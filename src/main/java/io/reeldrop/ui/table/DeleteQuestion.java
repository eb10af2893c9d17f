package io.reeldrop.ui.table;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.listing.TaskText;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.UploadFlow;
import java.util.List;

/**
 * What "Delete on the server" asks, saying what goes for each flow: an indexed asset (and, if the
 * person ticks it, the asset it was made from); or a task's video, then the task itself.
 *
 * @param header the dialog's question
 * @param text what goes, what stays, and the rows left alone
 * @param offersAsset true when some row came through the assets flow, so its asset may go too
 */
record DeleteQuestion(String header, String text, boolean offersAsset) {

    /** @param others selected rows that cannot be deleted (not ready or failed) and stay as they are */
    static DeleteQuestion of(List<TrackedTask> deletable, int others) {
        List<TrackedTask> assets = deletable.stream().filter(t -> t.submission().flow() == UploadFlow.ASSETS).toList();
        int tasks = deletable.size() - assets.size();
        StringBuilder text = new StringBuilder();
        String header;
        if (deletable.size() == 1) {
            TrackedTask t = deletable.get(0);
            String name = "\"" + TaskText.videoName(t) + "\"";
            if (assets.isEmpty()) {
                header = "Delete on the server?";
                text.append(isReady(t) ? "The video " + name + " is deleted from its index, then its task."
                        : "The task of " + name + " is deleted.");
            } else {
                header = "Delete the indexed asset on the server?";
                text.append("The indexed asset of ").append(name).append(" is deleted: the video leaves its index.");
            }
        } else {
            header = assets.isEmpty() ? "Delete " + tasks + " tasks on the server?"
                    : tasks == 0 ? "Delete " + assets.size() + " indexed assets on the server?"
                    : "Delete " + deletable.size() + " videos on the server?";
            if (!assets.isEmpty()) {
                text.append(assets.size() == 1 ? "1 indexed asset leaves its index." : assets.size()
                        + " indexed assets leave their index.");
            }
            if (tasks > 0) {
                space(text).append(tasks == 1 ? "1 task goes, its video first if it is ready."
                        : tasks + " tasks go, each ready one's video first, then the task.");
            }
        }
        space(text).append("This cannot be undone.");
        if (!assets.isEmpty()) {
            space(text).append(assets.size() == 1 ? "The uploaded asset stays on the platform, where it can be indexed"
                    + " again, unless you tick the box below." : "The uploaded assets stay on the platform, where they"
                    + " can be indexed again, unless you tick the box below.");
        }
        if (others > 0) {
            space(text).append(others).append(others == 1
                    ? " other selected row is not ready or failed and stays as it is."
                    : " other selected rows are not ready or failed and stay as they are.");
        }
        return new DeleteQuestion(header, text.toString(), !assets.isEmpty());
    }

    /** The checkbox's words. */
    String assetChoice() {
        return "Also delete the uploaded asset" + (text.contains("uploaded assets") ? "s" : "");
    }

    private static boolean isReady(TrackedTask t) {
        return t.task() != null && t.task().status().equals(TaskStatus.READY) && t.task().videoId() != null;
    }

    private static StringBuilder space(StringBuilder b) {
        return b.length() == 0 ? b : b.append(' ');
    }
}
