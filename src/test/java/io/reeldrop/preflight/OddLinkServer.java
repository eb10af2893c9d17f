package io.reeldrop.preflight;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback server for the answers a well-behaved file server never gives: each path is a
 * handler the test registers. Records every request's method and headers so a test can say
 * what was (and was not) sent.
 */
final class OddLinkServer implements AutoCloseable {

    record Request(String method, String path, Headers headers) {
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final HttpServer server;
    private final ExecutorService workers;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    OddLinkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        workers = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "odd-link-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.start();
    }

    OddLinkServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders()));
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException clientWentAway) {
                // the pre-flight closes a connection as soon as it has what it needs
            }
        });
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A handler that answers {@code status} with this type and body, ignoring any range. */
    static HttpHandler plain(int status, String contentType, byte[] body) {
        return exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /**
     * A handler that honours ranges of {@code body} but declares {@code declaredTotal} in
     * Content-Range (a size the bytes do not have, to stand for files too big to serve).
     */
    static HttpHandler ranged(String contentType, byte[] body, long declaredTotal) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            Matcher range = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
            if (!range.matches()) {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            int from = Integer.parseInt(range.group(1));
            int to = range.group(2).isEmpty() ? body.length - 1 : Math.min(body.length - 1, Integer.parseInt(range.group(2)));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + declaredTotal);
            exchange.sendResponseHeaders(206, to - from + 1);
            exchange.getResponseBody().write(body, from, to - from + 1);
        };
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
