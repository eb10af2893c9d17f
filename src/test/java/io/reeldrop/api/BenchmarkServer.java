package io.reeldrop.api;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A minimal {@code POST /tasks} answerer on Jetty for {@link CreateTaskBenchmark}. Jetty rather
 * than MockWebServer because the latter writes a response's headers and body separately, and on
 * loopback that costs a ~40 ms delayed ACK per request: the benchmark would time the test server.
 * It counts the TCP connections it accepts, so pool reuse can be shown.
 */
final class BenchmarkServer implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    BenchmarkServer() throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connections.incrementAndGet();
            }
        });
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Content.Source.consumeAll(request);
                String body = "{\"_id\":\"task-" + requests.incrementAndGet() + "\",\"video_id\":\"v\"}";
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                Content.Sink.write(response, true, body, callback);
                return true;
            }
        });
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    int connectionsOpened() {
        return connections.get();
    }

    void resetCounts() {
        connections.set(0);
        requests.set(0);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
