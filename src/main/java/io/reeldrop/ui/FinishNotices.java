package io.reeldrop.ui;

import io.reeldrop.listing.TaskText;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.listing.RowStatus;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.kordamp.ikonli.feather.Feather;

/**
 * Tells a person who is looking elsewhere that videos finished: one notice per batch of
 * finished tasks, none while they are looking at the window (the table shows it already).
 */
final class FinishNotices {

    private final BiConsumer<String, Feather> notify;
    private BooleanSupplier lookingAtWindow;

    FinishNotices(BiConsumer<String, Feather> notify, BooleanSupplier lookingAtWindow) {
        this.notify = notify;
        this.lookingAtWindow = lookingAtWindow;
    }

    /** Replaces the focus check; headless tests say where the person looks. */
    void setLookingAtWindow(BooleanSupplier check) {
        lookingAtWindow = check;
    }

    void finished(List<TrackedTask> tasks) {
        if (tasks.isEmpty() || lookingAtWindow.getAsBoolean()) {
            return;
        }
        long failed = tasks.stream().filter(t -> RowStatus.of(t).group() == RowStatus.Group.FAILED).count();
        notify.accept(text(tasks, failed), failed > 0 ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE);
    }

    private static String text(List<TrackedTask> tasks, long failed) {
        if (tasks.size() == 1) {
            return TaskText.videoName(tasks.get(0)) + (failed == 1 ? " failed." : " is ready.");
        }
        return tasks.size() + " videos finished" + (failed > 0 ? ", " + failed + " failed." : ", all ready.");
    }
}
