package io.reeldrop.tracking;

import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;

/**
 * When a task may not be forgotten: while its POST may be on the wire, forgetting it would leave
 * a task on the server that nothing tracks, and a retry could pay for the same video twice.
 */
final class ForgetRule {

    private ForgetRule() {
    }

    static boolean onTheWire(HistoryEntry e) {
        return e.state() == SubmissionState.SENDING || e.state() == SubmissionState.OUTCOME_UNKNOWN;
    }

    /** A sentence saying why the entry must stay, or null when it may go. */
    static String refusal(HistoryEntry e) {
        if (!onTheWire(e)) {
            return null;
        }
        return "\"" + e.submission().displayName() + "\" is being sent, or was when ReelDrop last stopped; forget it"
                + " once it shows a task or 'not sent' (run 'watch' once if no window is open), so no task is left"
                + " untracked.";
    }
}
