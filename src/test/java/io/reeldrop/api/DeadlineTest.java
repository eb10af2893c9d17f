package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call never outlives {@link ApiConfig#callDeadline()}, even against a server that never
 * answers or trickles its body. Real waits here: the point is the wall clock.
 */
class DeadlineTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TwelveLabsClient client(Duration deadline) {
        ApiConfig config = ApiConfig.of(ApiTestSupport.base(server, ApiVersion.V1_3), ApiKey.of(ApiTestSupport.KEY))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), deadline).withMaxAttempts(50);
        return TwelveLabsClient.builder(config).retryDelays(Duration.ofMillis(50), Duration.ofMillis(200)).build();
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void aServerThatNeverAnswersIsCutOffAtTheDeadline() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (TwelveLabsClient client = client(Duration.ofMillis(1500))) {
            long start = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
            long took = elapsedMillis(start);
            assertEquals(ApiException.Kind.NETWORK, e.kind());
            assertEquals("GET /v1.3/tasks/abc failed: no complete answer came from 127.0.0.1:" + server.getPort()
                    + " within 1.5 s, the limit for one call. "
                    + "The API or the network is too slow right now; try again later.", e.getMessage());
            // Upper bound far from both: a loaded CI machine may be seconds late, but not 28 s.
            assertTrue(took >= 1400 && took < 15_000, "gave up at the 1.5 s deadline, not the 30 s read timeout: " + took);
        }
    }

    @Test
    void aTricklingBodyIsCutOffAtTheDeadline() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"_id\":\"abc\",\"status\":\"ready\"" + " ".repeat(400) + "}")
                .throttleBody(1, 100, TimeUnit.MILLISECONDS).build());
        try (TwelveLabsClient client = client(Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
            assertTrue(e.getMessage().contains("no complete answer came from 127.0.0.1:" + server.getPort() + " within 1 s"), e.getMessage());
            // The body alone takes 40 s at one byte per 100 ms; the bound leaves room for a slow machine.
            assertTrue(elapsedMillis(start) < 15_000, "each byte came well within the read timeout, yet the call ended");
        }
    }

    @Test
    void retriesStopWhenTheDeadlineIsSpent() {
        for (int i = 0; i < 50; i++) {
            server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "2").build());
        }
        try (TwelveLabsClient client = client(Duration.ofSeconds(3))) {
            long start = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
            long took = elapsedMillis(start);
            assertEquals(503, e.httpStatus());
            // Tries at 0 s and 2 s; a third would need a wait to 4 s, past the 3 s deadline. Had the
            // client started that wait it would have taken 4 s or more, however fast the machine.
            assertEquals(2, server.getRequestCount());
            assertTrue(took < 4000, "the client does not start a wait that would pass the deadline: " + took);
        }
    }

    @Test
    void aStalledPostEndsAsOutcomeUnknownAtTheDeadline() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(json(200, "{\"_id\":\"second\"}"));
        try (TwelveLabsClient client = client(Duration.ofSeconds(1))) {
            ApiException e = assertThrows(ApiException.class,
                    () -> client.createTask(CreateTaskRequest.fromUrl("idx", URI.create("https://e.com/v.mp4"))));
            assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, e.kind());
            assertEquals("POST /v1.3/tasks may or may not have created a task: no complete answer came from 127.0.0.1:"
                    + server.getPort() + " within 1 s, the "
                    + "limit for one call. ReelDrop did not send it again, so no duplicate was made; look for the "
                    + "task in the task list before trying again.", e.getMessage());
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void aConnectThatHangsIsCutOffAtTheDeadlineNotTheConnectTimeout() throws Exception {
        // A listening socket whose accept queue is full drops further SYNs, so a connect hangs
        // as it would towards a black-holed address.
        List<Socket> queued = new ArrayList<>();
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    queued.add(s);
                    s.connect(full.getLocalSocketAddress(), 300);
                }
                Assumptions.abort("this kernel accepts connections beyond the backlog");
            } catch (SocketTimeoutException queueIsFull) {
                // what the test needs
            }
            ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:" + full.getLocalPort() + "/v1.3"),
                    ApiKey.of(ApiTestSupport.KEY)).withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(1));
            try (TwelveLabsClient client = TwelveLabsClient.create(config)) {
                long start = System.nanoTime();
                ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
                long took = elapsedMillis(start);
                assertEquals(ApiException.Kind.NETWORK, e.kind());
                assertTrue(took < 15_000, "gave up at the 1 s deadline, not the 30 s connect timeout: " + took + " ms; " + e.getMessage());
            }
        } finally {
            for (Socket s : queued) {
                s.close();
            }
        }
    }

    private static TwelveLabsClient uploadClient(int port, Duration deadline, Duration responseTimeout) {
        ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:" + port + "/v1.3"), ApiKey.of(ApiTestSupport.KEY))
                .withTimeouts(Duration.ofSeconds(5), responseTimeout, deadline);
        return TwelveLabsClient.create(config);
    }

    private static Path sparseFile(Path dir, long size) throws Exception {
        Path video = dir.resolve("upload.mp4");
        try (RandomAccessFile f = new RandomAccessFile(video.toFile(), "rw")) {
            f.setLength(size);
        }
        return video;
    }

    @Test
    void aSlowButMovingUploadOutlivesTheCallDeadline(@TempDir Path dir) throws Exception {
        Path video = sparseFile(dir, 6L * 1024 * 1024);
        try (SlowReadingServer slow = new SlowReadingServer(4L * 1024 * 1024);
             TwelveLabsClient client = uploadClient(slow.port(), Duration.ofMillis(500), Duration.ofSeconds(3))) {
            long start = System.nanoTime();
            assertEquals("slow", client.createTask(CreateTaskRequest.fromFile("idx", video)).taskId());
            assertTrue(elapsedMillis(start) > 1000, "the upload took longer than the 0.5 s deadline yet completed");
        }
    }

    @Test
    void aStalledUploadIsAbortedAfterTheResponseTimeoutWithoutProgress(@TempDir Path dir) throws Exception {
        Path video = sparseFile(dir, 64L * 1024 * 1024);
        try (SlowReadingServer dead = new SlowReadingServer(0);
             TwelveLabsClient client = uploadClient(dead.port(), Duration.ofMillis(500), Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            ApiException e = assertThrows(ApiException.class, () -> client.createTask(CreateTaskRequest.fromFile("idx", video)));
            assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, e.kind());
            assertEquals("POST /v1.3/tasks may or may not have created a task: the upload to 127.0.0.1:" + dead.port()
                    + " moved too slowly or not at all for 1 s. "
                    + "ReelDrop did not send it again, so no duplicate was made; look for the task in the task list "
                    + "before trying again.", e.getMessage());
            assertTrue(elapsedMillis(start) < 10_000);
        }
    }
}
