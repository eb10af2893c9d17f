package io.reeldrop.ui;

import io.reeldrop.api.Index;
import io.reeldrop.tracking.TaskTracker;
import java.util.List;

/**
 * What the window runs on: the engine, the account's indexes, and where it is connected.
 * One per connection; switching account closes the old one.
 */
public interface Backend extends AutoCloseable {

    TaskTracker tracker();

    /** Lists every index of the account. Blocks on the network: call it through the executor. */
    List<Index> listIndexes();

    Connection connection();

    /** Sentences about what the engine repaired or skipped while loading the history. */
    default List<String> startupWarnings() {
        return List.of();
    }

    /** Stops the engine (and the local sandbox when this backend started one). */
    @Override
    void close();
}
