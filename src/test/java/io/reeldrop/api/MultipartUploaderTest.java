package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file through a whole multipart upload against a scripted API and object store on two
 * loopback origins: what each chunk PUT carries, fresh URLs, retries, resuming, and the contract.
 */
class MultipartUploaderTest {

    private static final int CHUNK = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private FakeIngestApi fake;
    private TwelveLabsClient client;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private void start(int initialUrls) throws Exception {
        fake = new FakeIngestApi(CHUNK, initialUrls, true);
        client = ApiTestSupport.client(ApiConfig.of(fake.base(), ApiKey.of(KEY))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20)), waits);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    private Path file(long size) throws Exception {
        byte[] bytes = new byte[(int) size];
        new Random(42).nextBytes(bytes);
        return Files.write(dir.resolve("talk.mp4"), bytes);
    }

    private static int chunkOf(RecordedRequest put) {
        List<String> segments = put.getUrl().pathSegments();
        return Integer.parseInt(segments.get(segments.size() - 1));
    }

    @Test
    void everyChunkGoesOutAsExactlyItsRegionOfTheFileAndTheUploadCompletes() throws Exception {
        start(4);
        Path video = file(10L * CHUNK + 1000);
        byte[] bytes = Files.readAllBytes(video);
        AtomicLong highest = new AtomicLong();
        AtomicLong over = new AtomicLong();
        UploadResult result = new MultipartUploader(client.assets()).withParallelism(3).withReportBatch(4)
                .upload(video, "talk.mp4", (sent, total) -> {
                    highest.accumulateAndGet(sent, Math::max);
                    if (sent > total || total != bytes.length) {
                        over.incrementAndGet();
                    }
                });

        assertTrue(result.completed(), "the API says completed: " + result.status());
        assertEquals(FakeIngestApi.ASSET_ID, result.assetId());
        assertEquals("https://cdn.example.com/assets/" + FakeIngestApi.ASSET_ID + ".mp4", result.assetUrl());
        assertEquals(11, result.chunksSent());
        assertEquals(bytes.length, result.bytesSent());
        assertEquals(bytes.length, highest.get(), "progress reached the file's size");
        assertEquals(0, over.get(), "progress never passed the file's size");

        assertEquals(11, fake.puts.size(), "one PUT per chunk, none repeated");
        for (RecordedRequest put : fake.puts) {
            int index = chunkOf(put);
            int from = (index - 1) * CHUNK;
            byte[] expected = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK));
            assertEquals("PUT", put.getMethod());
            assertArrayEquals(expected, put.getBody().toByteArray(), "chunk " + index + " is its region of the file");
            assertEquals(String.valueOf(expected.length), put.getHeaders().get("Content-Length"));
            assertEquals("application/octet-stream", put.getHeaders().get("Content-Type"));
            assertNull(put.getHeaders().get("x-api-key"), "no key to the store");
            for (String name : put.getHeaders().names()) {
                assertFalse(put.getHeaders().get(name).contains(KEY), "the key is in no header of the store's: " + name);
            }
            assertFalse(put.getTarget().contains(KEY));
            assertNull(put.getHeaders().get("Transfer-Encoding"), "a presigned PUT needs a length, not chunks");
        }
        assertEquals(11, fake.reported.size());
        for (int i = 1; i <= 11; i++) {
            assertEquals(fake.stored.get(i), fake.reported.get(i), "chunk " + i + " reported with the store's ETag, unquoted");
        }
        for (FakeIngestApi.Exchange e : fake.exchanges) {
            assertEquals(KEY, e.request().getHeaders().get("x-api-key"), "the API gets the key");
            if (e.request().getUrl().encodedPath().equals("/v1.3/assets/multipart-uploads/" + FakeIngestApi.UPLOAD_ID)
                    && e.request().getMethod().equals("POST")) {
                JsonNode chunks = JSON.readTree(e.request().getBody().utf8()).get("completed_chunks");
                assertTrue(chunks.size() >= 1 && chunks.size() <= 4, "reports of 1 to 4 chunks: " + chunks.size());
            }
        }
        assertTrue(fake.presignCalls.get() >= 1, "URLs beyond the first four were asked for");
        fake.assertContract();
    }

    @Test
    void anExpiredUrlBringsAFreshOneAndTheChunkIsSentAgain() throws Exception {
        start(10);
        fake.failChunk(2, new MockResponse.Builder().code(403).setHeader("Content-Type", "application/xml")
                .body(FakeIngestApi.EXPIRED_XML).build());
        Path video = file(3L * CHUNK);
        UploadResult result = new MultipartUploader(client.assets()).withParallelism(1).upload(video, "a.mp4", null);

        assertTrue(result.completed());
        List<RecordedRequest> second = fake.puts.stream().filter(p -> chunkOf(p) == 2).toList();
        assertEquals(2, second.size(), "chunk 2 went twice");
        assertFalse(second.get(0).getUrl().queryParameter("X-Signature")
                .equals(second.get(1).getUrl().queryParameter("X-Signature")), "the second time on a fresh URL");
        assertEquals(1, fake.presignCalls.get());
        assertEquals(List.of(), waits, "a refused URL is not waited on: it is replaced");
        fake.assertContract();
    }

    @Test
    void aUrlAboutToExpireIsReplacedBeforeTheChunkIsSent() throws Exception {
        start(10);
        fake.urlsExpireAt(Instant.now().plusSeconds(20));
        Path video = file(2L * CHUNK);
        new MultipartUploader(client.assets()).withParallelism(1).upload(video, "a.mp4", null);

        assertEquals(2, fake.puts.size(), "no PUT was refused");
        assertTrue(fake.presignCalls.get() >= 1, "fresh URLs were asked for before sending");
        assertTrue(fake.puts.stream().allMatch(p -> Integer.parseInt(p.getUrl().queryParameter("X-Signature")
                .substring(1)) > 2), "neither chunk used a URL from the session's answer");
    }

    @Test
    void storeTroubleAndDroppedConnectionsAreRetriedOnTheSameUrl() throws Exception {
        start(10);
        fake.failChunk(3,
                new MockResponse.Builder().code(503).body("<Error><Code>SlowDown</Code><Message>Reduce your request rate."
                        + "</Message></Error>").build(),
                new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        Path video = file(3L * CHUNK);
        UploadResult result = new MultipartUploader(client.assets()).withParallelism(1).upload(video, "a.mp4", null);

        assertTrue(result.completed());
        List<RecordedRequest> third = fake.puts.stream().filter(p -> chunkOf(p) == 3).toList();
        assertEquals(3, third.size(), "503, dropped, then stored");
        assertEquals(1, third.stream().map(p -> p.getUrl().queryParameter("X-Signature")).distinct().count(),
                "all on the one URL: a PUT of the same bytes is idempotent");
        assertEquals(2, waits.size(), "backoff before each retry");
        assertEquals(0, fake.presignCalls.get());
    }

    @Test
    void aUrlRefusedEveryTimeEndsWithASentence() throws Exception {
        start(10);
        MockResponse denied = new MockResponse.Builder().code(403).body(FakeIngestApi.EXPIRED_XML).build();
        fake.failChunk(1, denied, denied, denied, denied);
        Path video = file(CHUNK);
        ApiException e = assertThrows(ApiException.class,
                () -> new MultipartUploader(client.assets()).upload(video, "a.mp4", null));

        assertEquals(ApiException.Kind.API_ERROR, e.kind());
        assertEquals(403, e.httpStatus());
        assertEquals("AccessDenied", e.code());
        String storeAt = "http://127.0.0.1:" + fake.store.getPort() + "/bucket/" + FakeIngestApi.UPLOAD_ID + "/1";
        assertEquals("The storage refused the upload URL of chunk 1 (HTTP 403, AccessDenied: \"Request has expired\"): "
                + "it has expired or was used already; a fresh URL from the API is needed to send the chunk again. "
                + "It was refused 4 times, with fresh URLs each time. Check that this computer's clock is right, "
                + "then resume the upload.", e.getMessage());
        assertEquals("PUT of chunk 1 to " + storeAt, e.request());
        assertFalse(e.getMessage().contains("X-Signature"), "the signature stays out of messages");
    }

    @Test
    void resumingSendsOnlyTheChunksTheApiDoesNotHave() throws Exception {
        start(10);
        fake.failChunk(4, new MockResponse.Builder().code(413).body("<Error><Code>EntityTooLarge</Code></Error>").build());
        Path video = file(6L * CHUNK);
        MultipartUploader uploader = new MultipartUploader(client.assets()).withParallelism(1).withReportBatch(50);
        ApiException first = assertThrows(ApiException.class, () -> uploader.upload(video, "a.mp4", null));
        assertEquals("PUT of chunk 4 to http://127.0.0.1:" + fake.store.getPort() + "/bucket/" + FakeIngestApi.UPLOAD_ID
                + "/4 failed with HTTP 413, EntityTooLarge. The storage refused the chunk itself; try the upload again, "
                + "and if it keeps happening, report it with this message.", first.getMessage());
        assertEquals(List.of(1, 2, 3), fake.reported.keySet().stream().sorted().toList(),
                "the chunks stored before the failure were still reported");

        int putsBefore = fake.puts.size();
        MultipartUpload known = MultipartUpload.resumed(FakeIngestApi.UPLOAD_ID, FakeIngestApi.ASSET_ID,
                Files.size(video), CHUNK);
        AtomicLong firstReport = new AtomicLong(-1);
        UploadResult result = uploader.resume(video, known, (sent, total) -> firstReport.compareAndSet(-1, sent));

        assertTrue(result.completed());
        assertEquals(3, result.chunksSent());
        assertEquals(List.of(4, 5, 6), fake.puts.subList(putsBefore, fake.puts.size()).stream()
                .map(MultipartUploaderTest::chunkOf).sorted().toList());
        assertTrue(firstReport.get() > 3L * CHUNK, "progress starts from what the API already had: " + firstReport.get());
        fake.assertContract();
    }

    @Test
    void aFileThatChangedSizeIsRefusedBeforeAnythingIsSent() throws Exception {
        start(10);
        Path video = file(2L * CHUNK);
        MultipartUpload known = MultipartUpload.resumed(FakeIngestApi.UPLOAD_ID, FakeIngestApi.ASSET_ID, 3L * CHUNK, CHUNK);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new MultipartUploader(client.assets()).resume(video, known, null));
        assertEquals("talk.mp4 is now 131072 bytes, but its upload was started for 196608 bytes: the file changed. "
                + "Start a new upload of it.", e.getMessage());
        assertEquals(0, fake.puts.size() + fake.exchanges.size());
    }

    @Test
    void freshUrlsThatDoNotComeEndWithASentence() throws Exception {
        start(1);
        fake.withholdFreshUrls = true;
        Path video = file(2L * CHUNK);
        ApiException e = assertThrows(ApiException.class,
                () -> new MultipartUploader(client.assets()).withParallelism(1).upload(video, "a.mp4", null));
        assertEquals(ApiException.Kind.INVALID_RESPONSE, e.kind());
        assertEquals("POST /assets/multipart-uploads/" + FakeIngestApi.UPLOAD_ID + "/presigned-urls returned no URL for "
                + "chunk 2, which it was asked for. Resume the upload later; if it keeps happening, the API may have "
                + "changed.", e.getMessage());
        assertEquals(List.of(1), fake.reported.keySet().stream().toList(), "chunk 1, stored, was still reported");
    }

    @Test
    void resumingAnExpiredSessionSaysToStartANewUpload() throws Exception {
        start(10);
        Path video = file(2L * CHUNK);
        client.assets().createMultipartUpload("a.mp4", Files.size(video));
        fake.forcedStatus = "expired";
        MultipartUpload known = MultipartUpload.resumed(FakeIngestApi.UPLOAD_ID, FakeIngestApi.ASSET_ID,
                Files.size(video), CHUNK);
        ApiException e = assertThrows(ApiException.class,
                () -> new MultipartUploader(client.assets()).resume(video, known, null));
        assertEquals("The upload session " + FakeIngestApi.UPLOAD_ID + " is expired, so it takes no more chunks. "
                + "Start a new upload of the file.", e.getMessage());
        assertEquals(0, fake.puts.size());
    }

    @Test
    void aRepeatedReportRefusedBecauseTheLostOneCompletedTheSessionIsADoneUpload() throws Exception {
        start(10);
        fake.loseTheCompletingReportsAnswer = true;
        Path video = file(3L * CHUNK);
        UploadResult result = new MultipartUploader(client.assets()).withParallelism(1).withReportBatch(50)
                .upload(video, "a.mp4", null);

        assertTrue(result.completed(), "the status says completed: " + result.status());
        assertEquals(3, fake.puts.size(), "no chunk sent twice");
    }

    @Test
    void whenWhetherTheSessionCompletedCannotBeAskedTheUploadFailsAsUnreachableNotAsRefused() throws Exception {
        start(10);
        fake.loseTheCompletingReportsAnswer = true;
        for (int i = 0; i < 10; i++) {
            fake.statusFaults.add(ApiTestSupport.json(503, "{\"code\":\"service_unavailable\",\"message\":\"Busy.\"}"));
        }
        Path video = file(3L * CHUNK);
        ApiException e = assertThrows(ApiException.class, () -> new MultipartUploader(client.assets())
                .withParallelism(1).withReportBatch(50).upload(video, "a.mp4", null));

        // A 503 is retried later, and the resume then finds the session completed; the 400 alone
        // would have failed an upload the platform in fact has.
        assertEquals(503, e.httpStatus(), e.getMessage());
        assertEquals(1, e.getSuppressed().length, "the refusal is kept beside it");
        assertTrue(e.getSuppressed()[0].getMessage().contains("is completed"), e.getSuppressed()[0].getMessage());
    }
}
