package io.reeldrop.tracking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves test videos on loopback under any name, so many submissions can have distinct URLs:
 * {@code /ok/NAME.mp4} is a valid 5 s clip, {@code /bad/NAME.mp4} is not a video (the sandbox
 * fails such a task). Optional extra clips are served from {@code /clip/<file>/NAME.mp4}.
 */
public final class VideoHost implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] valid;
    private final byte[] broken;
    private final Path clips;

    public VideoHost() {
        this(null);
    }

    public VideoHost(Path clipFolder) {
        try {
            Path media = Path.of("src/test/resources/media");
            this.valid = Files.readAllBytes(media.resolve("valid.mp4"));
            this.broken = Files.readAllBytes(media.resolve("not-a-video.mp4"));
            this.clips = clipFolder;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "video-host");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ok/" + name + ".mp4";
    }

    public String brokenUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bad/" + name + ".mp4";
    }

    public String clipUrl(String clipFile, String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/clip/" + clipFile + "/" + name + ".mp4";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            byte[] body = null;
            if (parts.length >= 3 && parts[1].equals("ok")) {
                body = valid;
            } else if (parts.length >= 3 && parts[1].equals("bad")) {
                body = broken;
            } else if (parts.length >= 4 && parts[1].equals("clip") && clips != null) {
                Path file = clips.resolve(parts[2]).normalize();
                if (file.startsWith(clips) && Files.isRegularFile(file)) {
                    body = Files.readAllBytes(file);
                }
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "video/mp4");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
