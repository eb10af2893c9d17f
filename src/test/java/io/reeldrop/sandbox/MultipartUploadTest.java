package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.testsupport.Await;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A multipart upload of several chunks, as the SDK helpers do it, and each way it can go
 * wrong: wrong, duplicate, reused and expired URLs, bad proofs, wrong sizes, a leaked key.
 */
class MultipartUploadTest {

    /** valid.mp4 (44,123 bytes) in 16 KiB chunks: 3 chunks, the last one smaller. */
    static final AssetLimits SMALL_CHUNKS = AssetLimits.DEFAULT.withChunks(16 * 1024, 10_000).withInitialUrls(2);

    private SandboxServer sandbox;
    private RawClient api;
    private final ChunkClient chunks = new ChunkClient();
    private byte[] video;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000).withAssets(SMALL_CHUNKS));
        api = RawClient.checked(sandbox, "1.3");
        video = FixtureHttpServer.fixtureBytes("valid.mp4");
    }

    @AfterEach
    void stop() throws Exception {
        Closing.all(api, sandbox);
    }

    private JsonNode open(long size) {
        RawClient.Answer created = api.json("POST", "/assets/multipart-uploads",
                "{\"filename\":\"valid.mp4\",\"type\":\"video\",\"total_size\":" + size + "}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private List<String> urls(String uploadId, int start, int count) {
        RawClient.Answer fresh = api.json("POST", "/assets/multipart-uploads/" + uploadId + "/presigned-urls",
                "{\"start\":" + start + ",\"count\":" + count + "}");
        assertEquals(200, fresh.status(), fresh.body());
        List<String> urls = new ArrayList<>();
        fresh.json().get("upload_urls").forEach(u -> urls.add(u.get("url").asText()));
        return urls;
    }

    private static String report(int chunk, String proof, long size) {
        return "{\"chunk_index\":" + chunk + ",\"proof\":\"" + proof + "\",\"proof_type\":\"etag\",\"chunk_size\":" + size + "}";
    }

    private RawClient.Answer reportAll(String uploadId, String... entries) {
        return api.json("POST", "/assets/multipart-uploads/" + uploadId, "{\"completed_chunks\":[" + String.join(",", entries) + "]}");
    }

    @Test
    void aFileInThreeChunksBecomesAReadyAssetAndTheAnswersFollowTheSpec() {
        JsonNode session = open(video.length);
        String uploadId = session.get("upload_id").asText();
        String assetId = session.get("asset_id").asText();
        assertEquals(16 * 1024, session.get("chunk_size").asInt());
        assertEquals(3, session.get("total_chunks").asInt());
        assertEquals(2, session.get("upload_urls").size(), "the first URLs only; the rest are asked for");
        assertEquals("application/octet-stream", session.get("upload_headers").get("Content-Type").asText());
        String first = session.get("upload_urls").get(0).get("url").asText();
        assertTrue(URI.create(first).getPort() == sandbox.uploadPort() && sandbox.uploadPort() != sandbox.port(), first);
        assertFalse(first.contains(sandbox.apiKey()), "a presigned URL carries a signature, not the key");
        assertEquals(404, api.get("/assets/" + assetId).status(), "the asset id is reserved, not yet available");

        List<String> all = new ArrayList<>();
        session.get("upload_urls").forEach(u -> all.add(u.get("url").asText()));
        all.addAll(urls(uploadId, 3, 50)); // clipped to the last chunk
        assertEquals(3, all.size());
        List<String> proofs = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            byte[] bytes = ChunkClient.chunk(video, 16 * 1024, n);
            ChunkClient.Put put = chunks.put(all.get(n - 1), bytes);
            assertEquals(200, put.status(), put.body());
            assertEquals("\"" + ChunkClient.md5(bytes) + "\"", put.etag(), "the ETag is the chunk's MD5, quoted as S3 sends it");
            proofs.add(put.etag().replace("\"", ""));
        }
        JsonNode status = api.get("/assets/multipart-uploads/" + uploadId).json();
        assertEquals("active", status.get("status").asText());
        assertEquals(video.length, status.get("uploaded_size").asLong(), "received, not yet reported");
        assertEquals(0, status.get("chunks_completed").asInt());
        assertEquals(1, api.get("/assets/multipart-uploads").json().get("page_info").get("total_results").asInt());

        JsonNode firstTwo = reportAll(uploadId, report(1, proofs.get(0), 16384), report(2, proofs.get(1), 16384)).json();
        assertEquals(2, firstTwo.get("processed_chunks").asInt());
        assertEquals(2, firstTwo.get("total_completed").asInt());
        assertNull(firstTwo.get("url"), "no url until every chunk is reported");
        JsonNode last = reportAll(uploadId, report(2, proofs.get(1), 16384), report(3, proofs.get(2), video.length - 32768)).json();
        assertEquals(1, last.get("processed_chunks").asInt());
        assertEquals(1, last.get("duplicate_chunks").asInt());
        assertEquals(3, last.get("total_completed").asInt());
        assertEquals(sandbox.baseUrl("1.3") + "/assets/" + assetId, last.get("url").asText());

        JsonNode done = api.get("/assets/multipart-uploads/" + uploadId + "?page=1&page_limit=2").json();
        assertEquals("completed", done.get("status").asText());
        assertEquals(2, done.get("uploaded_chunks").size(), "chunks are paged");
        assertEquals("completed", done.get("uploaded_chunks").get(0).get("status").asText());
        assertEquals(3, done.get("chunks_completed").asInt());
        assertEquals(0, api.get("/assets/multipart-uploads").json().get("page_info").get("total_results").asInt());
        JsonNode asset = Await.until(() -> api.get("/assets/" + assetId).json(), a -> !a.get("status").asText().equals("processing"),
                Duration.ofSeconds(20), "the uploaded asset to be processed");
        assertEquals("ready", asset.get("status").asText(), asset.toString());
        assertEquals("direct", asset.get("method").asText());
        assertEquals(video.length, asset.get("size").asLong());
    }

    @Test
    void urlsAreSignedSingleUseAndRefusedWhenTamperedWith() {
        JsonNode session = open(video.length);
        String uploadId = session.get("upload_id").asText();
        String url = session.get("upload_urls").get(0).get("url").asText();
        byte[] first = ChunkClient.chunk(video, 16 * 1024, 1);
        ChunkClient.Put forged = chunks.put(url.replace("/upload/" + uploadId + "/1?", "/upload/" + uploadId + "/2?"), first);
        assertEquals(403, forged.status(), "a URL for chunk 1 does not open chunk 2");
        assertTrue(forged.body().contains("<Code>SignatureDoesNotMatch</Code>"), forged.body());
        assertEquals(403, chunks.put(url.replaceAll("signature=[0-9a-f]{4}", "signature=0000"), first).status());
        assertEquals(403, chunks.put(url.replaceAll("expires=\\d+", "expires=99999999999999"), first).status(),
                "a later expiry breaks the signature");
        ChunkClient.Put small = chunks.put(url, new byte[10]);
        assertEquals(400, small.status(), "a chunk of the wrong size is refused");
        assertTrue(small.body().contains("exactly 16384 bytes"), small.body());
        assertEquals(200, chunks.put(url, first).status(), "refused attempts did not spend the URL");
        ChunkClient.Put again = chunks.put(url, first);
        assertEquals(403, again.status(), "each URL works once");
        assertTrue(again.body().contains("already used"), again.body());
        String fresh = urls(uploadId, 1, 1).get(0);
        assertEquals(200, chunks.put(fresh, first).status(), "a fresh URL puts the chunk again");
        ChunkClient.Put leaked = chunks.put(urls(uploadId, 2, 1).get(0), ChunkClient.chunk(video, 16 * 1024, 2), sandbox.apiKey());
        assertEquals(400, leaked.status(), "the presigned host refuses a request that carries the API key");
        assertEquals(1, sandbox.apiKeysSeenOnUploadHost());
    }

    @Test
    void reportsNeedTheETagOfWhatWasReceivedAndTheRightSizes() {
        JsonNode session = open(video.length);
        String uploadId = session.get("upload_id").asText();
        byte[] first = ChunkClient.chunk(video, 16 * 1024, 1);
        String etag = chunks.put(session.get("upload_urls").get(0).get("url").asText(), first).etag().replace("\"", "");

        assertRefused(reportAll(uploadId, report(1, ChunkClient.md5(new byte[16384]), 16384)), "is not the ETag");
        assertRefused(reportAll(uploadId, report(1, etag, 1000)), "chunk_size is 1000");
        assertRefused(reportAll(uploadId, report(2, etag, 16384)), "nothing was received");
        assertRefused(reportAll(uploadId, report(1, etag, 16384), report(4, etag, 16384)), "between 1 and 3");
        assertRefused(api.json("POST", "/assets/multipart-uploads/" + uploadId, "{\"completed_chunks\":[]}"), "1 to 50");
        assertEquals(0, api.get("/assets/multipart-uploads/" + uploadId).json().get("chunks_completed").asInt(),
                "a refused report takes no chunk");
        JsonNode taken = reportAll(uploadId, report(1, "\\\"" + etag.toUpperCase(Locale.ROOT) + "\\\"", 16384)).json();
        assertEquals(1, taken.get("processed_chunks").asInt(), "quotes and case do not matter, as with S3 ETags");
        assertEquals(409, chunks.put(urls(uploadId, 1, 1).get(0), first).status(), "a reported chunk is final");
        assertEquals(404, api.get("/assets/multipart-uploads/000000000000000000000000").status());
    }

    private static void assertRefused(RawClient.Answer answer, String messagePart) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("parameter_invalid", answer.json().get("code").asText());
        assertTrue(answer.json().get("message").asText().contains(messagePart), answer.body());
    }

    @Test
    void sessionRequestsAreChecked() {
        RawClient.Answer missing = api.json("POST", "/assets/multipart-uploads", "{\"filename\":\"a.mp4\",\"type\":\"video\"}");
        assertEquals("parameter_not_provided", missing.json().get("code").asText(), missing.body());
        assertEquals(400, api.json("POST", "/assets/multipart-uploads", "{\"filename\":\"a.mp4\",\"type\":\"audio\",\"total_size\":5}").status());
        assertEquals(400, api.json("POST", "/assets/multipart-uploads", "{\"filename\":\"\",\"type\":\"video\",\"total_size\":5}").status());
        RawClient.Answer huge = api.json("POST", "/assets/multipart-uploads",
                "{\"filename\":\"a.mp4\",\"type\":\"video\",\"total_size\":" + (AssetLimits.FOUR_GIGABYTES + 1) + "}");
        assertEquals("video_filesize_too_large", huge.json().get("code").asText(), huge.body());
        String uploadId = open(video.length).get("upload_id").asText();
        assertEquals(400, api.json("POST", "/assets/multipart-uploads/" + uploadId + "/presigned-urls", "{\"start\":1,\"count\":51}").status());
        assertEquals(400, api.json("POST", "/assets/multipart-uploads/" + uploadId + "/presigned-urls", "{\"start\":4,\"count\":1}").status());
    }

    @Test
    void urlsExpireAfterAnHourAndSessionsAfterADayOnTheTimeScale() throws Exception {
        // 36,000x: a URL lives 100 ms, a session 2.4 s.
        try (SandboxServer fast = SandboxServer.start(SandboxConfig.defaults().withTimeScale(36_000).withAssets(SMALL_CHUNKS));
             RawClient client = RawClient.checked(fast, "1.3")) {
            JsonNode session = client.json("POST", "/assets/multipart-uploads",
                    "{\"filename\":\"valid.mp4\",\"type\":\"video\",\"total_size\":" + video.length + "}").json();
            String uploadId = session.get("upload_id").asText();
            JsonNode url = session.get("upload_urls").get(0);
            long expires = Instant.parse(url.get("expires_at").asText()).toEpochMilli();
            Await.until(() -> System.currentTimeMillis() > expires, Duration.ofSeconds(5), () -> "the URL's hour to pass");
            ChunkClient.Put late = chunks.put(url.get("url").asText(), ChunkClient.chunk(video, 16 * 1024, 1));
            assertEquals(403, late.status());
            assertTrue(late.body().contains("Request has expired"), late.body());
            Await.until(() -> client.get("/assets/multipart-uploads/" + uploadId).json().get("status").asText(), "expired"::equals,
                    Duration.ofSeconds(20), "the session's day to pass");
            assertEquals(0, client.get("/assets/multipart-uploads").json().get("page_info").get("total_results").asInt());
            assertEquals(400, client.json("POST", "/assets/multipart-uploads/" + uploadId + "/presigned-urls", "{\"start\":1,\"count\":1}").status(),
                    "an expired session gives no more URLs");
        }
    }
}
