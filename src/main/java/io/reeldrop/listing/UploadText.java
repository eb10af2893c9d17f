package io.reeldrop.listing;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file upload's progress reads: the bytes, the rate and the time left while it goes, where
 * it stopped while it is paused. The status badge and bar say the stage and the percentage; this
 * is the rest, for the row's reason column and the status tooltip.
 */
public final class UploadText {

    private static final String DOT = " \u00b7 ";

    private UploadText() {
    }

    /**
     * "1.2 GB of 3.1 GB · 18 MB/s · 2 min left" while bytes go out, short enough for the reason
     * column; "Paused at 1.2 GB of 3.1 GB" while paused; null when no bytes are known or the
     * upload is over.
     */
    public static String progress(TrackedTask t) {
        if (t.bytesTotal() <= 0 || !isUpload(t)) {
            return null;
        }
        String bytes = Formats.shortSize(t.bytesSent()) + " of " + Formats.shortSize(t.bytesTotal());
        if (t.state() == SubmissionState.PAUSED) {
            return "Paused at " + bytes;
        }
        List<String> parts = new ArrayList<>(3);
        parts.add(bytes);
        String rate = Formats.rate(t.bytesPerSecond());
        if (!rate.isEmpty()) {
            parts.add(rate);
        }
        String left = Formats.timeLeft(t.uploadTimeLeft());
        if (!left.isEmpty()) {
            parts.add(left);
        }
        return String.join(DOT, parts);
    }

    /**
     * The whole line, for a tooltip: "Uploading 42% · 1.2 GB of 3.1 GB · 18 MB/s · 2 min left",
     * or "Paused at 1.2 GB of 3.1 GB; Resume upload sends the rest."; null as above.
     */
    public static String sentence(TrackedTask t) {
        String progress = progress(t);
        if (progress == null) {
            return null;
        }
        RowStatus s = RowStatus.of(t);
        if (t.state() == SubmissionState.PAUSED) {
            return progress + "; Resume upload sends the rest.";
        }
        return "Uploading" + (s.showsProgress() ? " " + s.percentText() : "") + DOT + progress;
    }

    /** Whenever the row reads "uploading" (both flows), or an upload is paused. */
    private static boolean isUpload(TrackedTask t) {
        return t.state() == SubmissionState.PAUSED || RowStatus.of(t).text().equals("uploading");
    }
}
