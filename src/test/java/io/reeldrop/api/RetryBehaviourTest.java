package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which failures are tried again, how long the client waits, and when it must not retry. */
class RetryBehaviourTest {

    private static final String TASK = "{\"_id\":\"abc\",\"status\":\"ready\"}";

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private TwelveLabsClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ApiTestSupport.client(ApiTestSupport.config(server, ApiVersion.V1_3), waits);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse dropAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private static CreateTaskRequest urlTask() {
        return CreateTaskRequest.fromUrl("idx", URI.create("https://e.com/v.mp4"));
    }

    @Test
    void getRetriesServerErrorsWithJitteredBackoffThenSucceeds() {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(503, ""));
        server.enqueue(json(200, TASK));
        assertEquals("abc", client.getTask("abc").id());
        assertEquals(3, server.getRequestCount());
        assertEquals(2, waits.size());
        assertTrue(waits.get(0).toMillis() <= 500, "first wait is at most the base delay: " + waits);
        assertTrue(waits.get(1).toMillis() <= 1000, "second wait is at most twice the base: " + waits);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        server.enqueue(json(200, TASK));
        client.getTask("abc");
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
    }

    @Test
    void rateLimitResetIsHonouredOn429WithoutRetryAfter() {
        long reset = Instant.now().getEpochSecond() + 6;
        server.enqueue(new MockResponse.Builder().code(429).setHeader("X-Ratelimit-Reset", reset).build());
        server.enqueue(json(200, TASK));
        client.getTask("abc");
        assertEquals(1, waits.size());
        assertTrue(waits.get(0).toSeconds() >= 4 && waits.get(0).toSeconds() <= 6, "waits until the reset: " + waits);
    }

    @Test
    void aWaitPastTheDeadlineGivesUpAtOnce() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
        assertEquals(429, e.httpStatus());
        assertEquals(1, server.getRequestCount());
        assertEquals(List.of(), waits);
    }

    @Test
    void anAbsurdWaitFromTheServerGivesUpInsteadOfOverflowing() {
        // 10^11 s (3,000 years) and a reset in the year 5138 both exceed what Duration.toNanos() can hold.
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "99999999999").build());
        server.enqueue(new MockResponse.Builder().code(429).setHeader("X-Ratelimit-Reset", "99999999999").build());
        ApiException first = assertThrows(ApiException.class, () -> client.getTask("abc"));
        assertEquals(503, first.httpStatus());
        ApiException second = assertThrows(ApiException.class, () -> client.getTask("abc"));
        assertEquals(429, second.httpStatus());
        server.enqueue(new MockResponse.Builder().code(429).setHeader("X-Ratelimit-Reset", "1e300").build());
        server.enqueue(json(200, TASK));
        assertEquals("abc", client.getTask("abc").id(), "a reset beyond any date is ignored, as if absent");
        assertEquals(4, server.getRequestCount(), "each call gave up after its first answer");
        assertEquals(1, waits.size(), "only the unreadable reset fell back to backoff: " + waits);
    }

    @Test
    void droppedConnectionOfAGetIsRetried() {
        server.enqueue(dropAfterRequest());
        server.enqueue(json(200, TASK));
        assertEquals("abc", client.getTask("abc").id());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void attemptsAreBounded() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(502, ""));
        }
        ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
        assertEquals(5, server.getRequestCount(), "ApiConfig.of allows 5 attempts");
        assertEquals(ApiException.Kind.API_ERROR, e.kind());
        assertTrue(e.getMessage().startsWith("GET /v1.3/tasks/abc failed after 5 attempts with HTTP 502"), e.getMessage());
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.enqueue(json(404, "{\"code\":\"resource_not_exist\",\"message\":\"No such task\"}"));
        server.enqueue(json(200, TASK));
        assertThrows(ApiException.class, () -> client.getTask("abc"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void postIsNotRetriedOnceItsBodyWasSent() {
        server.enqueue(dropAfterRequest());
        server.enqueue(json(200, "{\"_id\":\"second\"}"));
        ApiException e = assertThrows(ApiException.class, () -> client.createTask(urlTask()));
        assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, e.kind());
        assertEquals(1, server.getRequestCount(), "the POST went out exactly once");
        assertTrue(e.getMessage().startsWith("POST /v1.3/tasks may or may not have created a task: "), e.getMessage());
        assertEquals(List.of(), waits);
    }

    @Test
    void postIsNotRetriedOnAServerError() {
        server.enqueue(json(503, ""));
        server.enqueue(json(200, "{\"_id\":\"second\"}"));
        ApiException e = assertThrows(ApiException.class, () -> client.createTask(urlTask()));
        assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, e.kind());
        assertEquals(503, e.httpStatus());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void postIsRetriedWhenTheConnectionWasRefusedBeforeSending() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        MockWebServer late = new MockWebServer();
        late.enqueue(json(200, "{\"_id\":\"t-late\"}"));
        ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:" + port + "/v1.3"), ApiKey.of(ApiTestSupport.KEY));
        // The "wait" between attempts is where the server comes up, as a restarting sandbox would.
        try (TwelveLabsClient c = TwelveLabsClient.builder(config).sleeper(d -> {
            waits.add(d);
            if (!late.getStarted()) {
                try {
                    late.start(port);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }).build()) {
            assertEquals("t-late", c.createTask(urlTask()).taskId());
        } finally {
            late.close();
        }
        assertEquals(1, waits.size());
        assertEquals(1, late.getRequestCount());
    }

    @Test
    void refusedConnectionsOfAGetEndWithANetworkErrorNamingTheAddress() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:" + port + "/v1.3"), ApiKey.of(ApiTestSupport.KEY))
                .withMaxAttempts(3);
        try (TwelveLabsClient c = ApiTestSupport.client(config, waits)) {
            ApiException e = assertThrows(ApiException.class, () -> c.getTask("abc"));
            assertEquals(ApiException.Kind.NETWORK, e.kind());
            assertEquals("GET /v1.3/tasks/abc failed after 3 attempts: cannot reach 127.0.0.1:" + port
                    + ": the connection was refused. Check the API URL; if it points at this computer, make sure the server there "
                    + "is running.", e.getMessage());
        }
        assertEquals(2, waits.size());
    }

    @Test
    void fullJitterStaysUnderTheDoublingCapAndVaries() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(1000));
        Set<Long> seen = new HashSet<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            long cap = Math.min(1000, 100L << (attempt - 1));
            for (int i = 0; i < 200; i++) {
                long ms = policy.delayAfter(attempt, null, Instant.now()).toMillis();
                assertTrue(ms >= 0 && ms <= cap, "attempt " + attempt + " waited " + ms + " ms, cap " + cap);
                seen.add(ms);
            }
        }
        assertTrue(seen.size() > 50, "waits are spread out, not in step: " + seen.size() + " distinct values");
    }

    @Test
    void aHugeBaseDelaySaturatesAtTheMaximumInsteadOfOverflowingToNoWait() {
        // 10^13 ms doubled 20 times passes Long.MAX_VALUE; a wrapped shift would mean retrying at once.
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(10_000_000_000_000L), Duration.ofMillis(20_000_000_000_000L));
        long longest = 0;
        for (int i = 0; i < 50; i++) {
            long ms = policy.delayAfter(21, null, Instant.now()).toMillis();
            assertTrue(ms >= 0 && ms <= 20_000_000_000_000L, "within the cap: " + ms);
            longest = Math.max(longest, ms);
        }
        assertTrue(longest > 1_000_000_000_000L, "the jitter spans the saturated cap, not zero: " + longest);
    }
}
