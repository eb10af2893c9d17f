package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;

/** The TASK argument of the commands that act on one task: a local id, a task id or a unique prefix. */
final class TaskArgument {

    private TaskArgument() {
    }

    /** The one task {@code idOrPrefix} names in the session's history, or a usage error saying how to find it. */
    static TrackedTask find(Session session, String idOrPrefix) {
        TrackedTask found = session.tracker().find(idOrPrefix);
        if (found == null) {
            throw new CliFailure(ExitCodes.USAGE, "No task matches \"" + idOrPrefix + "\" (or more than one does)."
                    + " Run 'list' to see the ids.");
        }
        return found;
    }
}
