package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.adversarial.ApiCalls.Family;
import io.reeldrop.adversarial.HostileAnswers.Answer;
import io.reeldrop.adversarial.HostileAnswers.Expect;
import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiException;
import io.reeldrop.api.ApiException.Kind;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-server table (issue 11, the adversarial suite): every call ReelDrop makes (tasks,
 * indexes, assets, multipart sessions, chunk PUTs to presigned URLs, indexed assets, videos)
 * against every bad answer and situation of {@link HostileAnswers}, plus a refused port and an
 * untrusted certificate, over real loopback sockets. Each row must end in the expected kind of
 * failure with a sentence that starts with the request, names what happened (and the server),
 * holds no control character and no part of the key; a creating POST must have been sent once,
 * never repeated; and the row must end well within a few call deadlines. The rows run side by
 * side on a small pool, so the waits of the silent servers overlap.
 */
class HostileServerTest {

    /** The calls that meet the answers that make the client wait or cost megabytes: one or two of each family. */
    private static final List<ApiCalls> SOME_CALLS = List.of(ApiCalls.GET_TASK, ApiCalls.LIST_TASKS,
            ApiCalls.DELETE_TASK, ApiCalls.CREATE_TASK_URL, ApiCalls.CREATE_TASK_FILE, ApiCalls.PUT_CHUNK,
            ApiCalls.REPORT_CHUNKS, ApiCalls.PATCH_METADATA);
    /** The call deadline of the rows whose server makes the client wait; the others get a roomy one. */
    private static final Duration SHORT_DEADLINE = Duration.ofMillis(600);
    private static final Duration ROOMY_DEADLINE = Duration.ofSeconds(5);
    private static final long MAX_MILLIS = 6_000;
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
    private static final String KEY_PREFIX = HostileAnswers.KEY.substring(0, 10);

    /** What one row did. */
    private record Outcome(String name, ApiCalls call, Expect expect, String host, Object returned, ApiException failure,
                           Throwable other, long millis, List<String> requests, boolean scripted) {
        Outcome seen(List<String> requestLines, boolean byScript) {
            return new Outcome(name, call, expect, host, returned, failure, other, millis, requestLines, byScript);
        }
    }

    private static TwelveLabsClient client(String origin, Duration deadline) {
        ApiConfig config = ApiConfig.of(URI.create(origin + "/v1.3"), ApiKey.of(HostileAnswers.KEY))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400), deadline).withMaxAttempts(3);
        return TwelveLabsClient.builder(config).retryDelays(Duration.ofMillis(1), Duration.ofMillis(5)).build();
    }

    private static Outcome run(String name, ApiCalls call, Expect expect, ScriptedServer.Act act, Duration deadline)
            throws Exception {
        try (ScriptedServer server = new ScriptedServer(act); TwelveLabsClient client = client(server.origin(), deadline)) {
            Outcome o = attempt(name, call, expect, "127.0.0.1:" + server.port(), client, server.origin());
            return o.seen(server.requests(), true);
        }
    }

    private static Outcome attempt(String name, ApiCalls call, Expect expect, String host, TwelveLabsClient client,
                                   String storeOrigin) {
        long start = System.nanoTime();
        Object returned = null;
        ApiException failure = null;
        Throwable other = null;
        try {
            returned = call.invoke(client, storeOrigin);
        } catch (ApiException e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            other = e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(name, call, expect, host, returned, failure, other, millis, List.of(), false);
    }

    @TestFactory
    Stream<DynamicTest> everyCallMeetsEveryHostileAnswer() throws Exception {
        // Waiting rows all at once (they only wait), the others on a few threads (they work).
        ExecutorService waiting = Executors.newCachedThreadPool();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> rows = new ArrayList<>();
        MockWebServer tls = new MockWebServer();
        try {
            for (Answer answer : HostileAnswers.all()) {
                for (ApiCalls call : answer.waits() || answer.heavy() ? SOME_CALLS : List.of(ApiCalls.values())) {
                    Expect expect = answer.expect().get(call.family);
                    rows.add((answer.waits() ? waiting : pool).submit(() -> run(answer.name(), call, expect, answer.act(),
                            answer.waits() ? SHORT_DEADLINE : ROOMY_DEADLINE)));
                }
            }
            rows.addAll(refusedPort(pool));
            rows.addAll(untrustedCertificate(pool, tls));
            List<DynamicTest> tests = new ArrayList<>();
            for (Future<Outcome> row : rows) {
                Outcome o = row.get(60, TimeUnit.SECONDS);
                tests.add(DynamicTest.dynamicTest(o.name + " / " + o.call, () -> check(o)));
            }
            assertEquals(0, tls.getRequestCount(), "no request got through the untrusted handshake");
            return tests.stream();
        } finally {
            waiting.shutdownNow();
            pool.shutdownNow();
            tls.close();
        }
    }

    /** Nothing listens on the port: every call says it cannot reach the server, creates included. */
    private static List<Future<Outcome>> refusedPort(ExecutorService pool) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String origin = "http://127.0.0.1:" + port;
        Expect refused = new Expect(Kind.NETWORK, "cannot reach {H}: the connection was refused");
        List<Future<Outcome>> rows = new ArrayList<>();
        for (ApiCalls call : ApiCalls.values()) {
            rows.add(pool.submit(() -> {
                try (TwelveLabsClient client = client(origin, ROOMY_DEADLINE)) {
                    return attempt("nothing listening", call, refused, "127.0.0.1:" + port, client, origin);
                }
            }));
        }
        return rows;
    }

    /**
     * A certificate no trust store accepts: the handshake fails while connecting, so nothing was
     * sent, a creating POST included; a matter of set-up, not retried.
     */
    private static List<Future<Outcome>> untrustedCertificate(ExecutorService pool, MockWebServer tls) throws Exception {
        tls.useHttps(UntrustedTls.serverContext().getSocketFactory());
        tls.start();
        String origin = "https://127.0.0.1:" + tls.getPort();
        Expect untrusted = new Expect(Kind.CONFIGURATION, "cannot reach {H} securely: the server's certificate is not trusted");
        List<Future<Outcome>> rows = new ArrayList<>();
        for (ApiCalls call : SOME_CALLS) {
            rows.add(pool.submit(() -> {
                try (TwelveLabsClient client = client(origin, ROOMY_DEADLINE)) {
                    return attempt("untrusted certificate", call, untrusted, "127.0.0.1:" + tls.getPort(), client, origin);
                }
            }));
        }
        return rows;
    }

    private static void check(Outcome o) {
        String row = o.name + " / " + o.call + ": ";
        assertNull(o.other, () -> row + "ended in " + o.other);
        assertTrue(o.millis < MAX_MILLIS, row + "took " + o.millis + " ms");
        if (o.expect.kind() == null) {
            assertNull(o.failure, () -> row + "failed: " + o.failure.getMessage());
            assertFalse(o.returned != null && UNPRINTABLE.matcher(o.returned.toString()).find(), row + o.returned);
            return;
        }
        assertTrue(o.failure != null, row + "returned " + o.returned + " instead of failing");
        String message = o.failure.getMessage();
        assertEquals(o.expect.kind(), o.failure.kind(), row + message);
        String method = o.call.request.substring(0, o.call.request.indexOf(' ') + 1);
        assertTrue(message.startsWith(o.name.contains("redirect loop") ? method : o.call.request), row + message);
        assertTrue(message.contains(o.expect.fragment().replace("{H}", o.host)), row + message);
        assertTrue(message.endsWith("."), row + "a sentence ends with a period: " + message);
        assertFalse(UNPRINTABLE.matcher(message).find(), row + "control character in: " + message);
        assertFalse(message.contains(KEY_PREFIX), row + "part of the key in: " + message);
        assertFalse(o.failure.isTransient() && o.expect.kind() == Kind.CONFIGURATION, row + "configuration is not transient");
        if (o.call.family == Family.CREATE && o.scripted) {
            assertEquals(1, o.requests.stream().filter(r -> r.startsWith("POST ")).count(),
                    row + "a creating POST is sent once, never repeated: " + o.requests);
        }
        int most = o.name.contains("redirect loop") ? 6 : 3;
        assertTrue(o.requests.size() <= most, row + "too many requests: " + o.requests);
    }

    /**
     * The engine's side of an untrusted certificate: the submission is "not sent" at once, with the
     * sentence, not retried for the minute the engine gives network trouble (issue 11, item 3).
     */
    @Test
    void theEngineMarksASubmissionToAnUntrustedServerNotSentAtOnce(@TempDir Path data) throws Exception {
        MockWebServer tls = new MockWebServer();
        tls.useHttps(UntrustedTls.serverContext().getSocketFactory());
        tls.start();
        try (TwelveLabsClient client = client("https://127.0.0.1:" + tls.getPort(), ROOMY_DEADLINE);
             Tracker tracker = TrackerBuilder.forApi(client).dataFolder(data).build()) {
            long start = System.nanoTime();
            tracker.submit(List.of(Submission.ofUrl(ApiCalls.Ids.INDEX, null, "https://cdn.example.com/v.mp4")));
            TrackedTask t = Await.until(() -> tracker.snapshot().get(0), x -> x.state() == SubmissionState.NOT_SENT,
                    Duration.ofSeconds(20), "the submission to be marked not sent");
            assertTrue((System.nanoTime() - start) / 1_000_000 < 15_000, "at once, not after the minute of retries");
            assertTrue(t.note().contains("securely: the server's certificate is not trusted"), t.note());
            assertEquals(0, tls.getRequestCount(), "nothing got through");
        } finally {
            tls.close();
        }
    }
}
