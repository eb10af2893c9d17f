package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that trickle bytes are dropped (issue 11, item 9): headers that take longer than the
 * request deadline, and bodies slower than the floor rate. The deadline is 600 ms here (10 s by
 * default) so the test is quick; the clients are raw sockets, as an attacker's would be.
 */
class SlowClientsTest {

    private static SandboxServer sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withGuards(SandboxGuards.forLoopback()
                .withSlowClients(Duration.ofMillis(600), 1024)));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Sends {@code text} a few bytes every 100 ms until done or dropped; returns how long it was let go on. */
    private static long trickle(Socket socket, String text, int bytesAtATime) throws Exception {
        long start = System.nanoTime();
        OutputStream out = socket.getOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        try {
            for (int i = 0; i < bytes.length; i += bytesAtATime) {
                out.write(bytes, i, Math.min(bytesAtATime, bytes.length - i));
                out.flush();
                Thread.sleep(100); // the trickle's pace is what is under test
                if (socket.getInputStream().available() > 0) {
                    break;
                }
            }
        } catch (SocketException dropped) {
            // the server closed the connection: what the test wants
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** True when the server closes the connection (after an answer or without one) within 5 s. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // an answer before the close is fine; the close is what counts
            }
            return true;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void headersThatTrickleAreDropped() throws Exception {
        String request = "GET /v1.3/indexes HTTP/1.1\r\nHost: x\r\nx-api-key: sandbox\r\nX-Pad: " + "a".repeat(200)
                + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            long took = trickle(socket, request, 2);
            assertTrue(closedByServer(socket), "the connection was closed");
            assertTrue(took < 10_000, "dropped after about the 0.6 s deadline, not after the whole trickle: " + took);
        }
    }

    @Test
    void aBodyThatTricklesIsDropped() throws Exception {
        String body = "x".repeat(20_000);
        String request = "POST /v1.3/tasks HTTP/1.1\r\nHost: x\r\nx-api-key: sandbox\r\n"
                + "Content-Type: multipart/form-data; boundary=b0undary\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            long took = trickle(socket, body, 20); // 200 B/s, under the 1 KiB/s floor
            assertTrue(closedByServer(socket), "the connection was closed");
            assertTrue(took < 10_000, "dropped within a few deadlines: " + took);
        }
    }

    @Test
    void anOrdinaryClientAndAnIdleKeepAliveConnectionAreLeftAlone() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            String request = "GET /v1.3/indexes HTTP/1.1\r\nHost: x\r\nx-api-key: sandbox\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            assertTrue(readStatus(socket).startsWith("HTTP/1.1 200"));
            Thread.sleep(1500); // idle for more than two deadlines: only Jetty's idle timeout may end it
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            assertTrue(readStatus(socket).startsWith("HTTP/1.1 200"), "the kept-alive connection still serves");
        }
        try (RawClient api = new RawClient(sandbox.baseUrl(), sandbox.apiKey())) {
            assertEquals(200, api.get("/indexes").status());
        }
    }

    /** Reads one answer's status line and skips the rest of it (a small JSON body with a Content-Length). */
    private static String readStatus(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String headers = head.toString();
        int at = headers.toLowerCase().indexOf("content-length:");
        if (at >= 0) {
            int end = headers.indexOf("\r\n", at);
            in.skipNBytes(Long.parseLong(headers.substring(at + 15, end).strip()));
        }
        return headers;
    }
}
