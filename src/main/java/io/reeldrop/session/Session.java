package io.reeldrop.session;

import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.Index;
import io.reeldrop.tracking.TaskTracker;
import java.util.List;

/**
 * One open profile: the engine, the account's indexes, and where it is connected. Switching
 * profile closes the old session first, since its engine holds the history's lock.
 */
public interface Session extends AutoCloseable {

    TaskTracker tracker();

    /** Lists every index of the account. Blocks on the network. */
    List<Index> listIndexes();

    /** Creates an index in the account and returns its id. Blocks on the network. */
    String createIndex(CreateIndexRequest request);

    Connection connection();

    /** Sentences about how the profile was chosen and what loading the history repaired. */
    default List<String> startupWarnings() {
        return List.of();
    }

    /** Stops the engine, then the client, then the local sandbox when this session started one. */
    @Override
    void close();
}
