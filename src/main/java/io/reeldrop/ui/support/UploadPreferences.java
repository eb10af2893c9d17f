package io.reeldrop.ui.support;

import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.upload.UploadPacer;
import io.reeldrop.tracking.upload.UploadSettings;

/**
 * The Uploads settings as the engine takes them: the next session's upload settings, the cap now.
 * Here and not in {@code ui.settings}, which loads only when the dialog first opens: the window
 * reads these at start and whenever a profile opens.
 */
public final class UploadPreferences {

    /** The fewest and most chunk uploads at once the engine allows. */
    public static final int MIN_CHUNKS = 1;
    public static final int MAX_CHUNKS = 16;
    /** The lowest cap, in KB/s: below it a chunk would look stalled to the client. */
    public static final int MIN_LIMIT_KB = (int) (UploadPacer.MIN_BYTES_PER_SECOND / 1024);

    private UploadPreferences() {
    }

    /** The upload settings a session opened now should use: the defaults with the chosen parallel chunks. */
    public static UploadSettings uploadSettings(UiPreferences prefs) {
        return UploadSettings.defaults().withParallelChunks(parallelChunks(prefs));
    }

    static int parallelChunks(UiPreferences prefs) {
        double n = prefs.getDouble(UiPreference.PARALLEL_CHUNKS);
        return Double.isNaN(n) ? 4 : (int) Math.max(MIN_CHUNKS, Math.min(MAX_CHUNKS, Math.round(n)));
    }

    /** The cap in bytes a second, 0 for none; a stored value under the minimum reads as the minimum. */
    public static long limitBytesPerSecond(UiPreferences prefs) {
        double kb = prefs.getDouble(UiPreference.UPLOAD_LIMIT_KB);
        if (!(kb > 0)) {
            return 0;
        }
        return Math.max(MIN_LIMIT_KB, Math.round(kb)) * 1024;
    }

    /** Applies the saved cap (or lifts it) on {@code tracker}'s uploads, at once. */
    public static void applyLimit(UiPreferences prefs, TaskTracker tracker) {
        tracker.uploads().setLimit(limitBytesPerSecond(prefs));
    }
}
