package io.reeldrop.ui;

import io.reeldrop.listing.FailureReasons;
import io.reeldrop.listing.RowStatus;
import io.reeldrop.listing.TaskText;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.notify.Notice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Tells a person who is looking elsewhere what finished, as transfer managers do: a failure at
 * once, and one notice when the whole batch in flight has finished ("5 videos finished, 1
 * failed."), not one per video. Nothing while they look at the window: the table shows it.
 */
final class FinishNotices {

    private final Consumer<Notice> notify;
    private BooleanSupplier lookingAtWindow;
    private final Set<String> inFlight = new HashSet<>();
    private final List<TrackedTask> finished = new ArrayList<>();
    private final Set<String> failuresTold = new HashSet<>();

    FinishNotices(Consumer<Notice> notify, BooleanSupplier lookingAtWindow) {
        this.notify = notify;
        this.lookingAtWindow = lookingAtWindow;
    }

    /** Replaces the focus check; headless tests say where the person looks. */
    void setLookingAtWindow(BooleanSupplier check) {
        lookingAtWindow = check;
    }

    /** Starts over on another engine's history: what is unfinished there is the batch in flight. */
    void reset(List<TrackedTask> snapshot) {
        inFlight.clear();
        finished.clear();
        failuresTold.clear();
        snapshot.stream().filter(t -> !t.isSettled()).forEach(t -> inFlight.add(t.localId()));
    }

    /** One engine batch, on the UI thread. */
    void observe(List<TrackedTask> changed, List<String> removedLocalIds) {
        List<TrackedTask> failedNow = new ArrayList<>();
        for (TrackedTask t : changed) {
            if (!t.isSettled()) {
                inFlight.add(t.localId());
            } else if (inFlight.remove(t.localId())) {
                finished.add(t);
                if (failed(t)) {
                    failedNow.add(t);
                }
            }
        }
        removedLocalIds.forEach(inFlight::remove);
        boolean batchDone = inFlight.isEmpty() && !finished.isEmpty();
        if (lookingAtWindow.getAsBoolean()) {
            failedNow.forEach(t -> failuresTold.add(t.localId()));
        } else if (batchDone) {
            summary().ifPresent(notify);
        } else if (!failedNow.isEmpty()) {
            notify.accept(failures(failedNow));
            failedNow.forEach(t -> failuresTold.add(t.localId()));
        }
        if (batchDone) {
            finished.clear();
            failuresTold.clear();
        }
    }

    private static boolean failed(TrackedTask t) {
        return RowStatus.of(t).group() == RowStatus.Group.FAILED;
    }

    private static Notice failures(List<TrackedTask> failed) {
        if (failed.size() == 1) {
            TrackedTask t = failed.get(0);
            String reason = FailureReasons.describe(t);
            return new Notice("A video failed", TaskText.videoName(t) + " failed." + (reason == null ? "" : " " + reason),
                    true);
        }
        List<String> names = failed.stream().map(TaskText::videoName).toList();
        return new Notice("Videos failed", failed.size() + " videos failed: "
                + String.join(", ", names) + ".", true);
    }

    /** The batch's notice; none when it held only failures already told. */
    private Optional<Notice> summary() {
        long failed = finished.stream().filter(FinishNotices::failed).count();
        boolean allTold = failed == finished.size() && finished.stream().allMatch(t -> failuresTold.contains(t.localId()));
        if (allTold) {
            return Optional.empty();
        }
        if (finished.size() == 1) {
            TrackedTask t = finished.get(0);
            return Optional.of(failed == 1 ? failures(finished)
                    : new Notice("Video ready", TaskText.videoName(t) + " is ready.", false));
        }
        String text = finished.size() + " videos finished" + (failed > 0 ? ", " + failed + " failed." : ", all ready.");
        return Optional.of(new Notice("Batch finished", text, failed > 0));
    }
}
