package io.reeldrop.ui.form;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.listing.Formats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The form's one progress bar over every file upload in flight. */
public final class UploadProgressModel {

    private final Map<String, long[]> inFlight = new HashMap<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    void observe(List<TrackedTask> changed) {
        boolean touched = false;
        for (TrackedTask t : changed) {
            if (t.submission().videoFile() == null) {
                continue;
            }
            touched = true;
            boolean uploading = (t.state() == SubmissionState.SENDING || t.state() == SubmissionState.QUEUED
                    || t.state() == SubmissionState.UPLOADING) && t.bytesTotal() > 0;
            if (uploading) {
                inFlight.put(t.localId(), new long[] {t.bytesSent(), t.bytesTotal()});
            } else {
                inFlight.remove(t.localId());
            }
        }
        if (!touched) {
            return;
        }
        long sent = 0;
        long total = 0;
        for (long[] st : inFlight.values()) {
            sent += st[0];
            total += st[1];
        }
        if (inFlight.isEmpty() || total == 0) {
            progress.set(-1);
            text.set("");
        } else {
            progress.set((double) sent / total);
            text.set("Uploading " + (inFlight.size() == 1 ? "1 file: " : inFlight.size() + " files: ")
                    + Formats.shortSize(sent) + " of " + Formats.shortSize(total));
        }
    }

    /** 0..1 while files upload, -1 when none does. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
