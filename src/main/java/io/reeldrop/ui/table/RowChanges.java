package io.reeldrop.ui.table;

import java.util.List;

/**
 * Told around every change of the shown rows: an engine batch, or a new sort, filter or
 * history. A row whose place changed was taken out of the list and put back, which loses its
 * selection; the listener gives it back afterwards, in one step. Most batches move no row (in
 * the engine's order a change never does), and then {@link #mutating()} is not called at all.
 */
interface RowChanges {

    RowChanges NONE = new RowChanges() {
        @Override
        public void before() {
        }

        @Override
        public void mutating() {
        }

        @Override
        public void after(List<TaskRow> updated, List<TaskRow> removed, boolean rebuilt) {
        }
    };

    void before();

    /** The shown list is about to change (called before each list change, between before and after). */
    void mutating();

    /**
     * @param updated rows whose task changed (they may have moved or been hidden)
     * @param removed rows no longer in the history
     * @param rebuilt true when the whole list was replaced (sort, filter, another history)
     */
    void after(List<TaskRow> updated, List<TaskRow> removed, boolean rebuilt);
}
