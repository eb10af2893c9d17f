package io.reeldrop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A server that announces 100 GB and streams without end: the client keeps 8 MB, drops the
 * connection and says so, instead of draining until the deadline.
 */
class RunawayBodyTest {

    @Test
    void anEndlessBodyIsCutAtTheLimitNotDrained() throws Exception {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            Thread server = new Thread(() -> streamForever(listener), "runaway-server");
            server.setDaemon(true);
            server.start();
            ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/v1.3"),
                    ApiKey.of(ApiTestSupport.KEY)).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(30));
            try (TwelveLabsClient client = TwelveLabsClient.create(config)) {
                long start = System.nanoTime();
                ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
                assertEquals(ApiException.Kind.INVALID_RESPONSE, e.kind());
                assertEquals("GET /v1.3/tasks/abc returned an answer ReelDrop cannot read (HTTP 200 from 127.0.0.1:"
                        + listener.getLocalPort() + "): the body is "
                        + "larger than 8 MB. Try again; if it keeps happening, the API may have changed or a proxy is "
                        + "interfering.", e.getMessage());
                assertTrue((System.nanoTime() - start) / 1_000_000 < 20_000, "ended at the limit, long before the deadline");
            }
            server.join(10_000);
        }
    }

    private static void streamForever(ServerSocket listener) {
        try (Socket socket = listener.accept()) {
            socket.getInputStream().read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{\"pad\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; sent < 100_000_000_000L; sent += chunk.length) {
                out.write(chunk); // ends when the client drops the connection
            }
        } catch (IOException expected) {
            // the client hung up: what the test wants
        }
    }
}
