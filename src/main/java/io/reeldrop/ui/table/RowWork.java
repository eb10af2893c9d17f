package io.reeldrop.ui.table;

import io.reeldrop.tracking.TaskTracker;
import java.util.List;
import java.util.function.Predicate;

/**
 * One row action that can act on several rows at once: which rows it allows, what it does to
 * each, and the words for what happened. The sentence says how many were done and why the
 * others were not, so a person who selected twenty rows knows what became of each kind.
 *
 * @param doing what is attempted, for error sentences: "Retrying"
 * @param done what happened, before the names: "Sent again"
 * @param refusal the whole sentence when no selected row allows the action
 * @param skipped why a selected row was left as it is, as a clause: "only failed ... retried"
 * @param afterOne, afterMany said after the count, e.g. that the task stays on the server; may be empty
 */
record RowWork(String doing, String done, String refusal, String skipped, String afterOne, String afterMany,
               Predicate<TaskRow> allows, Step step) {

    /** What the action does to one row on the engine; may block on the network. */
    @FunctionalInterface
    interface Step {
        void run(TaskTracker tracker, TaskRow row);
    }

    /**
     * The sentence after a run.
     *
     * @param doneNames the videos the action was done to, in order
     * @param skippedCount selected rows the action does not apply to
     * @param failures one sentence per row where it did not work
     */
    String sentence(List<String> doneNames, int skippedCount, List<String> failures) {
        StringBuilder b = new StringBuilder();
        if (!doneNames.isEmpty()) {
            boolean one = doneNames.size() == 1;
            b.append(done).append(": ").append(one ? doneNames.get(0) : doneNames.size() + " videos").append('.');
            String after = one ? afterOne : afterMany;
            if (!after.isEmpty()) {
                b.append(' ').append(after);
            }
        }
        if (!failures.isEmpty()) {
            if (doneNames.isEmpty() && failures.size() == 1) {
                space(b).append(failures.get(0));
            } else {
                space(b).append(failures.size()).append(failures.size() == 1 ? " did not work: " : " did not work; the first: ")
                        .append(failures.get(0));
            }
        }
        if (skippedCount > 0) {
            space(b).append(skippedCount == 1 ? "1 other selected row was left as it is: "
                    : skippedCount + " other selected rows were left as they are: ").append(skipped).append('.');
        }
        return b.toString();
    }

    private static StringBuilder space(StringBuilder b) {
        return b.length() == 0 ? b : b.append(' ');
    }
}
