package io.reeldrop.session;

import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.Index;
import io.reeldrop.tracking.TaskTracker;
import java.util.ArrayList;
import java.util.List;

/** A session with one more sentence for the person: why this profile was chosen. */
record NotedSession(Session inner, String note) implements Session {

    @Override
    public TaskTracker tracker() {
        return inner.tracker();
    }

    @Override
    public List<Index> listIndexes() {
        return inner.listIndexes();
    }

    @Override
    public String createIndex(CreateIndexRequest request) {
        return inner.createIndex(request);
    }

    @Override
    public Connection connection() {
        return inner.connection();
    }

    @Override
    public List<String> startupWarnings() {
        List<String> all = new ArrayList<>();
        all.add(note);
        all.addAll(inner.startupWarnings());
        return all;
    }

    @Override
    public void close() {
        inner.close();
    }
}
