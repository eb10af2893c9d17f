package io.reeldrop.ui;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.Index;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.tracking.TaskTracker;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A session over a {@link FakeTracker} with a fixed index list (or a failing one). */
public final class FakeSession implements Session {

    public static final String SANDBOX_INDEX = "5f0a1b2c3d4e5f6a7b8c9d0e";

    private final FakeTracker tracker = new FakeTracker();
    private final Connection connection;
    private final Supplier<List<Index>> indexes;
    private volatile boolean closed;
    private final List<Index> created = new ArrayList<>();
    private int createdIndexes;

    public FakeSession(Connection connection, Supplier<List<Index>> indexes) {
        this.connection = connection;
        this.indexes = indexes;
    }

    public static FakeSession sandbox() {
        return new FakeSession(Connection.sandbox(URI.create("http://127.0.0.1:1/v1.3"), SANDBOX_INDEX),
                () -> List.of(index(SANDBOX_INDEX, "sandbox", 0)));
    }

    public static FakeSession account(ApiVersion version, Supplier<List<Index>> indexes) {
        return account(URI.create("https://api.example.test/" + version.pathSegment()), indexes);
    }

    public static FakeSession account(URI apiUrl, Supplier<List<Index>> indexes) {
        return new FakeSession(Connection.account(apiUrl, "a test key"), indexes);
    }

    public static Index index(String id, String name, int videos) {
        return new Index(id, name, videos, null, null, null, null, "{}");
    }

    /** A factory whose sandbox is this backend; it connects to no account. */
    public SessionOpener factory() {
        FakeSession self = this;
        return new SessionOpener() {
            @Override
            public Session openSandbox() {
                return self;
            }

            @Override
            public Session openAccount(Connection connection, ApiKey key) {
                throw new UnsupportedOperationException("the fake backend has no accounts");
            }

            @Override
            public List<Index> checkKey(URI apiUrl, ApiKey key) {
                throw new UnsupportedOperationException("the fake backend has no accounts");
            }
        };
    }

    public FakeTracker fake() {
        return tracker;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public TaskTracker tracker() {
        return tracker;
    }

    @Override
    public synchronized List<Index> listIndexes() {
        List<Index> all = new ArrayList<>(indexes.get());
        all.addAll(created);
        return all;
    }

    /** Adds the index to the list this fake answers, as the service would. */
    @Override
    public synchronized String createIndex(CreateIndexRequest request) {
        String id = String.format("%024x", ++createdIndexes);
        created.add(index(id, request.name(), 0));
        return id;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        closed = true;
    }
}
