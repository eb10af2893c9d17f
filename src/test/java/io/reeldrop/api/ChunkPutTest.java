package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static io.reeldrop.api.ApiTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One chunk PUT against a scripted object store on its own origin: the bytes, the headers (never
 * the key), what each kind of answer becomes, and the sentences of failures.
 */
class ChunkPutTest {

    private final MockWebServer api = new MockWebServer();
    private final MockWebServer store = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private TwelveLabsClient client;
    private FileChannel channel;
    private byte[] bytes;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        api.start();
        store.start();
        client = ApiTestSupport.client(ApiTestSupport.config(api, ApiVersion.V1_3), waits);
        bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        channel = FileChannel.open(Files.write(dir.resolve("v.mp4"), bytes), StandardOpenOption.READ);
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        client.close();
        api.close();
        store.close();
    }

    private ChunkUrl url(int chunk) {
        return new ChunkUrl(chunk, URI.create("http://127.0.0.1:" + store.getPort() + "/bucket/key?partNumber=" + chunk
                + "&X-Amz-Signature=secretsig"), null);
    }

    private String at() {
        return "PUT of chunk 2 to http://127.0.0.1:" + store.getPort() + "/bucket/key";
    }

    private ChunkPutResult put(Map<String, String> headers) {
        return client.assets().putChunk(url(2), channel, 100_000, 150_000, headers, UploadProgress.NONE);
    }

    private static MockResponse stored(String etag) {
        return new MockResponse.Builder().add100Continue().code(200).setHeader("ETag", etag).build();
    }

    private static MockResponse xml(int code, String xmlCode, String message) {
        return new MockResponse.Builder().add100Continue().code(code).setHeader("Content-Type", "application/xml")
                .body("<?xml version=\"1.0\"?><Error><Code>" + xmlCode + "</Code><Message>" + message + "</Message>"
                        + "<RequestId>R1</RequestId></Error>").build();
    }

    @Test
    void theChunkIsExactlyTheRegionWithItsLengthAndNoKey() throws Exception {
        store.enqueue(stored("\"9b2cf535f27731c974343645a3985328\""));
        List<long[]> reports = new ArrayList<>();
        ChunkPutResult result = client.assets().putChunk(url(2), channel, 100_000, 150_000, Map.of(),
                (sent, total) -> reports.add(new long[]{sent, total}));

        assertEquals(new ChunkPutResult.Stored(new CompletedChunk(2, "9b2cf535f27731c974343645a3985328", 150_000)), result);
        RecordedRequest r = take(store);
        assertArrayEquals(Arrays.copyOfRange(bytes, 100_000, 250_000), r.getBody().toByteArray());
        assertEquals("150000", r.getHeaders().get("Content-Length"));
        assertEquals("application/octet-stream", r.getHeaders().get("Content-Type"));
        assertEquals("/bucket/key?partNumber=2&X-Amz-Signature=secretsig", r.getTarget(), "the URL is used as given");
        assertNull(r.getHeaders().get("x-api-key"));
        for (String name : r.getHeaders().names()) {
            assertFalse(r.getHeaders().get(name).contains(KEY), "the key is in no header: " + name);
        }
        assertEquals(150_000, reports.get(reports.size() - 1)[0]);
        assertEquals(150_000, reports.get(reports.size() - 1)[1]);
        assertEquals(0, channel.position(), "positional reads leave the channel where it was");
    }

    @Test
    void uploadHeadersAreSentButNeverTheKeyNorTransportHeaders() throws Exception {
        store.enqueue(stored("\"e\""));
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("x-api-key", KEY);
        hostile.put("Host", "evil.example.com");
        hostile.put("Content-Length", "1");
        hostile.put("x-amz-meta-origin", "reeldrop");
        hostile.put("Content-Type", "video/mp4");
        put(hostile);
        RecordedRequest r = take(store);
        assertNull(r.getHeaders().get("x-api-key"));
        assertEquals("127.0.0.1:" + store.getPort(), r.getHeaders().get("Host"));
        assertEquals("150000", r.getHeaders().get("Content-Length"));
        assertEquals("reeldrop", r.getHeaders().get("x-amz-meta-origin"));
        assertEquals("video/mp4", r.getHeaders().get("Content-Type"));
    }

    @Test
    void theTransportStripsTheKeyFromAnyRequestOutsideTheApi() throws Exception {
        store.enqueue(new MockResponse.Builder().code(200).build());
        for (int i = 0; i < 3; i++) {
            api.enqueue(new MockResponse.Builder().code(200).build());
        }
        String apiOrigin = "http://127.0.0.1:" + api.getPort();
        List<String> targets = List.of("http://127.0.0.1:" + store.getPort() + "/v1.3/x", apiOrigin + "/upload/chunk?sig=1",
                apiOrigin + "/v1.30/x", apiOrigin + "/v1.3/tasks?page=1");
        try (CloseableHttpClient http = HttpTransport.create(ApiTestSupport.config(api, ApiVersion.V1_3), 2)) {
            for (String target : targets) {
                HttpGet get = new HttpGet(target);
                get.addHeader(RequestFactory.KEY_HEADER, KEY);
                http.execute(get, response -> null);
            }
        }
        assertNull(take(store).getHeaders().get("x-api-key"), "another origin never gets the key");
        assertNull(take(api).getHeaders().get("x-api-key"), "nor a path of the API's host outside /v1.3, such as an upload path");
        assertNull(take(api).getHeaders().get("x-api-key"), "/v1.30 is not under /v1.3");
        assertEquals(KEY, take(api).getHeaders().get("x-api-key"), "the API itself still gets it");
    }

    @Test
    void anExpiredUrlIsItsOwnOutcomeWithTheStoresCode() {
        store.enqueue(xml(403, "AccessDenied", "Request has expired"));
        ChunkPutResult.UrlRefused refused = assertInstanceOf(ChunkPutResult.UrlRefused.class, put(Map.of()));
        assertEquals(new ChunkPutResult.UrlRefused(2, 403, "AccessDenied", "The storage refused the upload URL of chunk "
                + "2 (HTTP 403, AccessDenied: \"Request has expired\"): it has expired or was used already; a fresh URL "
                + "from the API is needed to send the chunk again."), refused);
        assertEquals(1, store.getRequestCount(), "not retried on the same URL");
        assertEquals(List.of(), waits);
    }

    @Test
    void usedOrUnknownUrlsAnsweredInJsonOrWithoutBodyAreRefusalsToo() {
        store.enqueue(new MockResponse.Builder().add100Continue().code(404).setHeader("Content-Type", "application/json")
                .body("{\"code\":\"NoSuchUpload\",\"message\":\"The upload URL was already used.\"}").build());
        store.enqueue(new MockResponse.Builder().add100Continue().code(410).build());
        assertEquals("NoSuchUpload", assertInstanceOf(ChunkPutResult.UrlRefused.class, put(Map.of())).storeCode());
        ChunkPutResult.UrlRefused gone = assertInstanceOf(ChunkPutResult.UrlRefused.class, put(Map.of()));
        assertNull(gone.storeCode());
        assertTrue(gone.reason().contains("(HTTP 410)"), gone.reason());
    }

    @Test
    void transientStoreAnswersAreRetriedOnTheSameUrl() throws Exception {
        store.enqueue(xml(400, "RequestTimeout", "Your socket connection to the server was not read from"));
        store.enqueue(xml(503, "SlowDown", "Reduce your request rate."));
        store.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        store.enqueue(stored("W/\"weak\""));
        ChunkPutResult result = put(Map.of());
        assertEquals("weak", assertInstanceOf(ChunkPutResult.Stored.class, result).chunk().etag());
        assertEquals(4, store.getRequestCount());
        assertEquals(3, waits.size());
        for (int i = 0; i < 4; i++) {
            RecordedRequest r = take(store);
            assertEquals(150_000, r.getBodySize(), "the whole chunk each time");
        }
    }

    @Test
    void aStoreThatKeepsFailingEndsWithASentenceAfterEveryAttempt() {
        for (int i = 0; i < 5; i++) {
            store.enqueue(new MockResponse.Builder().add100Continue().code(502)
                    .body("<html><head><title>502 Bad Gateway</title></head></html>").build());
        }
        ApiException e = assertThrows(ApiException.class, () -> put(Map.of()));
        assertEquals(ApiException.Kind.API_ERROR, e.kind());
        assertEquals(at() + " failed after 5 attempts with HTTP 502. The storage is having trouble; try the upload "
                + "again in a few minutes: chunks already stored are not sent twice.", e.getMessage());
        assertEquals(at(), e.request());
        assertFalse(e.getMessage().contains("secretsig"));
    }

    @Test
    void answersThatCannotBeUsedGetSentences() {
        store.enqueue(new MockResponse.Builder().add100Continue().code(200).build());
        ApiException noEtag = assertThrows(ApiException.class, () -> put(Map.of()));
        assertEquals(ApiException.Kind.INVALID_RESPONSE, noEtag.kind());
        assertEquals(at() + " was answered HTTP 200 without an ETag, the proof the API needs for each chunk. Try the "
                + "upload again; if it keeps happening, a proxy on the way may be removing the header.", noEtag.getMessage());

        store.enqueue(xml(413, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size"));
        ApiException tooLarge = assertThrows(ApiException.class, () -> put(Map.of()));
        assertEquals(at() + " failed with HTTP 413, EntityTooLarge: \"Your proposed upload exceeds the maximum allowed "
                + "size\". The storage refused the chunk itself; try the upload again, and if it keeps happening, report "
                + "it with this message.", tooLarge.getMessage());
        assertEquals("EntityTooLarge", tooLarge.code());

        store.enqueue(new MockResponse.Builder().add100Continue().code(307)
                .setHeader("Location", "http://127.0.0.1:" + api.getPort() + "/elsewhere").build());
        ApiException redirected = assertThrows(ApiException.class, () -> put(Map.of()));
        assertEquals(at() + " was redirected (HTTP 307); ReelDrop does not follow redirects of chunk uploads. Try the "
                + "upload again; if it keeps happening, report it with this message.", redirected.getMessage());
        assertEquals(0, api.getRequestCount(), "the redirect was not followed");
    }

    @Test
    void aStoreThatCannotBeReachedIsANetworkFailureAfterRetries() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        ChunkUrl nowhere = new ChunkUrl(1, URI.create("http://127.0.0.1:" + closedPort + "/b/k?sig=x"), null);
        ApiException e = assertThrows(ApiException.class,
                () -> client.assets().putChunk(nowhere, channel, 0, 10, Map.of(), null));
        assertEquals(ApiException.Kind.NETWORK, e.kind());
        assertEquals("PUT of chunk 1 to http://127.0.0.1:" + closedPort + "/b/k failed after 5 attempts: cannot reach "
                + "127.0.0.1:" + closedPort + ": the connection was refused. The storage the API sent this chunk to could not be "
                + "reached; check your network and try the upload again: chunks already stored are not sent twice.",
                e.getMessage());
        assertEquals(4, waits.size());
    }

    @Test
    void aStoreThatNeverAnswersIsCutOffAtTheDeadline() throws Exception {
        store.enqueue(new MockResponse.Builder().add100Continue().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        ApiConfig quick = ApiTestSupport.config(api, ApiVersion.V1_3)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(700), Duration.ofMillis(1500));
        try (TwelveLabsClient impatient = ApiTestSupport.client(quick, waits)) {
            long start = System.nanoTime();
            ApiException e = assertThrows(ApiException.class,
                    () -> impatient.assets().putChunk(url(2), channel, 0, 1000, Map.of(), null));
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            // The first attempt waits the 0.7 s response timeout, the second is cut at the call's deadline.
            assertEquals(at() + " failed after 2 attempts: no complete answer came from 127.0.0.1:" + store.getPort()
                    + " within 1.5 s, the limit for one call. The "
                    + "API or the network is too slow right now; try again later.", e.getMessage());
            assertTrue(took >= 1400 && took < 15_000, "ended at the deadline: " + took);
        }
    }
}
