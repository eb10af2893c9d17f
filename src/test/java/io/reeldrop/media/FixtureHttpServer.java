package io.reeldrop.media;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny loopback file server for tests and benchmarks: {@code /range/NAME} honours
 * {@code Range} headers (206), {@code /plain/NAME} always answers the whole file (200, no
 * {@code Accept-Ranges}), {@code /redirect/NAME} answers 302 to {@code /range/NAME}, and
 * {@code /hops/N/NAME} redirects N times before serving {@code /range/NAME},
 * {@code /bad-redirect/NAME} answers 302 with a {@code Location} that is not a URL; anything else
 * answers 404. It counts every body byte it sends, so a test can tell how
 * much a client really downloaded.
 */
public final class FixtureHttpServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final Path root;
    private final HttpServer server;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    public FixtureHttpServer(Path root) throws IOException {
        this.root = root;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fixture-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url(String mode, String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + mode + "/" + name);
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    public long requests() {
        return requests.get();
    }

    public void resetCounters() {
        bytesSent.set(0);
        requests.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/", 3);
            if (parts.length < 3) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String mode = parts[1];
            if (mode.equals("hops")) {
                // /hops/N/NAME redirects N times before serving /range/NAME
                String[] rest = parts[2].split("/", 2);
                int left = Integer.parseInt(rest[0]);
                exchange.getResponseHeaders().add("Location", left > 0 ? "/hops/" + (left - 1) + "/" + rest[1] : "/range/" + rest[1]);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (mode.equals("bad-redirect")) {
                exchange.getResponseHeaders().add("Location", "http://bad host/" + parts[2]);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Path file = root.resolve(parts[2]).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            switch (mode) {
                case "redirect" -> {
                    exchange.getResponseHeaders().add("Location", "/range/" + parts[2]);
                    exchange.sendResponseHeaders(302, -1);
                }
                case "plain" -> send(exchange, file, 0, Files.size(file), false);
                case "range" -> sendRange(exchange, file);
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void sendRange(HttpExchange exchange, Path file) throws IOException {
        long size = Files.size(file);
        String header = exchange.getRequestHeaders().getFirst("Range");
        Matcher matcher = header == null ? null : RANGE.matcher(header.trim());
        exchange.getResponseHeaders().add("Accept-Ranges", "bytes");
        if (matcher == null || !matcher.matches()) {
            send(exchange, file, 0, size, false);
            return;
        }
        long start = Long.parseLong(matcher.group(1));
        long end = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
        if (start >= size) {
            exchange.getResponseHeaders().add("Content-Range", "bytes */" + size);
            exchange.sendResponseHeaders(416, -1);
            return;
        }
        exchange.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + end + "/" + size);
        send(exchange, file, start, end - start + 1, true);
    }

    private void send(HttpExchange exchange, Path file, long start, long length, boolean partial) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "video/mp4");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(partial ? 206 : 200, -1);
            return;
        }
        exchange.sendResponseHeaders(partial ? 206 : 200, length);
        byte[] buffer = new byte[64 * 1024];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r"); OutputStream out = exchange.getResponseBody()) {
            in.seek(start);
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                bytesSent.addAndGet(n);
                left -= n;
            }
        } catch (IOException clientWentAway) {
            // A demuxer that has what it needs closes the connection mid-body; that is the point.
        }
    }

    /** Reads a whole classpath fixture, for tests that upload its bytes. */
    public static byte[] fixtureBytes(String name) throws IOException {
        try (InputStream in = FixtureHttpServer.class.getResourceAsStream("/media/" + name)) {
            if (in == null) {
                throw new IOException("missing test fixture /media/" + name);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
