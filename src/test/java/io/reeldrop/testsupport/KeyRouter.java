package io.reeldrop.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One API origin on loopback in front of several sandboxes, each reached with its own key: what
 * two accounts on one host look like (the public API serves every account at one URL). A request
 * goes to the sandbox whose key it carries in {@code x-api-key}; an unknown key goes to the first,
 * which refuses it as the service would.
 */
public final class KeyRouter implements AutoCloseable {

    private static final List<String> FORWARDED = List.of("x-api-key", "content-type", "accept");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, URI> byKey;
    private final URI fallback;

    /** @param byKey each key and the origin ({@code http://127.0.0.1:PORT}) of the sandbox it reaches */
    public KeyRouter(Map<String, URI> byKey, URI fallback) {
        this.byKey = Map.copyOf(byKey);
        this.fallback = fallback;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The one base URL both accounts use, e.g. {@code http://127.0.0.1:PORT/v1.3}. */
    public URI baseUri(String versionPath) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + versionPath);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = exchange.getRequestHeaders().getFirst("x-api-key");
            URI origin = key == null ? fallback : byKey.getOrDefault(key, fallback);
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(origin.resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(20))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String name : FORWARDED) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            }
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            answer.headers().firstValue("content-type").ifPresent(v -> exchange.getResponseHeaders().set("content-type", v));
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
