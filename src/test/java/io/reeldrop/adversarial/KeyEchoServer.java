package io.reeldrop.adversarial;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hostile API on loopback that says the caller's {@code x-api-key} back. Every answer carries it
 * in headers; error bodies carry it at a chosen offset, so that it sits inside, or straddles, the
 * 60- and 300-character cuts the client makes when it quotes a server. The video URL of a
 * {@code POST /tasks} picks the answer: {@code .../echo-<kind>-<offset>.mp4}. It speaks v1.2, whose
 * one flow is {@code POST /tasks}.
 */
final class KeyEchoServer implements AutoCloseable {

    /** The answers a POST can get; the offset is where the key starts in the quoted text. */
    enum Kind {
        /** 400, the key in the JSON {@code message}. */
        JSON400,
        /** 500 (outcome unknown), the key in the JSON {@code message}. */
        JSON500,
        /** 400, the key in the JSON {@code code}. */
        CODE400,
        /** 400, the key in the JSON {@code docs_url}. */
        DOCS400,
        /** 400, a plain-text body. */
        TEXT400,
        /** 502, an HTML page whose title holds the key. */
        HTML502,
        /** 200 that is not JSON, starting with the key (outcome unknown). */
        NOTJSON200,
        /** 307 to another origin with the key in the Location. */
        REDIRECT
    }

    private static final Pattern SCENARIO = Pattern.compile("echo-([a-z0-9]+)-(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    final AtomicInteger requests = new AtomicInteger();

    KeyEchoServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.2";
    }

    /** The name of a video whose POST gets this answer; {@link KeyEchoRuns} serves it as a real clip. */
    static String videoName(Kind kind, int offset) {
        return "echo-" + kind.name().toLowerCase(Locale.ROOT) + "-" + offset;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String key = String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Echo-Key", key);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"" + key + "\"");
            exchange.getResponseHeaders().add("Warning", "199 - \"key " + key + " is deprecated\"");
            String path = exchange.getRequestURI().getPath();
            Matcher m = SCENARIO.matcher(body);
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/tasks") && m.find()) {
                answerPost(exchange, Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                        Integer.parseInt(m.group(2)), key);
            } else if (path.endsWith("/tasks")) {
                send(exchange, 503, "application/json", error("busy", pad(250) + key));
            } else {
                send(exchange, 404, "application/json", error("not_found", "nothing here for " + key));
            }
        }
    }

    private void answerPost(HttpExchange exchange, Kind kind, int offset, String key) throws IOException {
        String placed = pad(offset) + key;
        switch (kind) {
            case JSON400 -> send(exchange, 400, "application/json", error("parameter_invalid", placed + " is refused"));
            case JSON500 -> send(exchange, 500, "application/json", error("internal_error", placed + " broke us"));
            case CODE400 -> send(exchange, 400, "application/json", error(placed, "refused"));
            case DOCS400 -> {
                ObjectNode o = JSON.createObjectNode().put("code", "parameter_invalid").put("message", "refused")
                        .put("docs_url", "https://docs.example.com/" + placed);
                send(exchange, 400, "application/json", o.toString());
            }
            case TEXT400 -> send(exchange, 400, "text/plain", placed + " is not welcome here");
            case HTML502 -> send(exchange, 502, "text/html", "<html><head><title>" + placed + "</title></head><body>"
                    + "Bad gateway for " + key + "</body></html>");
            case NOTJSON200 -> send(exchange, 200, "application/json", placed + " {not json");
            case REDIRECT -> {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.2:9/steal?" + placed);
                send(exchange, 307, "text/plain", "moved");
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private static String error(String code, String message) {
        return JSON.createObjectNode().put("code", code).put("message", message).toString();
    }

    /** Filler without spaces, so collapsing whitespace does not move the key. */
    private static String pad(int n) {
        return "~".repeat(n);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
