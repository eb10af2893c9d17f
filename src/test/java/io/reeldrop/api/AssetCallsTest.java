package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static io.reeldrop.api.ApiTestSupport.asContract;
import static io.reeldrop.api.ApiTestSupport.formFields;
import static io.reeldrop.api.ApiTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.contract.ApiContract;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asset and multipart-upload calls: what each puts on the wire and how each answer is read,
 * both checked against the v1.3 contract.
 */
class AssetCallsTest {

    private static final ApiContract SPEC = ApiContract.forVersion(ApiVersion.V1_3);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ASSET = """
            {"_id":"6298d673f1090f1100476d4c","method":"url","status":"processing","filename":"talk.mp4",
             "file_type":"video/mp4","created_at":"2026-11-30T10:30:00Z"}""";

    private final MockWebServer server = new MockWebServer();
    private TwelveLabsClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = ApiTestSupport.client(server, ApiVersion.V1_3);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** Queues an answer the contract accepts for {@code method path status}. */
    private void answer(String method, String path, int status, String body, String... headers) {
        SPEC.assertResponse(method, path, status, body);
        MockResponse.Builder b = new MockResponse.Builder().code(status);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.setHeader("Content-Type", "application/json").body(body);
        }
        server.enqueue(b.build());
    }

    /** The request the server received, after checking it against the contract. */
    private RecordedRequest sent() throws Exception {
        RecordedRequest r = take(server);
        SPEC.assertRequest(asContract(r));
        assertEquals(KEY, r.getHeaders().get("x-api-key"));
        return r;
    }

    @Test
    void createAssetFromUrlSendsMethodUrlAndFilenameAndReadsTheAsset() throws Exception {
        answer("POST", "/assets", 201, ASSET);
        Asset asset = client.assets().createAsset(CreateAssetRequest.fromUrl(URI.create("https://e.com/talk.mp4"))
                .withFilename("talk.mp4"));
        RecordedRequest r = sent();
        assertEquals("/v1.3/assets", r.getTarget());
        assertEquals(Map.of("method", "url", "url", "https://e.com/talk.mp4", "filename", "talk.mp4"), formFields(r));
        assertEquals(new Asset("6298d673f1090f1100476d4c", "url", AssetStatus.PROCESSING, "talk.mp4", "video/mp4",
                Instant.parse("2026-11-30T10:30:00Z"), asset.rawJson()), asset);
        assertEquals(JSON.readTree(ASSET), JSON.readTree(asset.rawJson()), "the raw JSON is the answer as received");
    }

    @Test
    void createAssetFromAFileStreamsItAsTheFilePart(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("clip.mp4"), new byte[300_000]);
        server.enqueue(new MockResponse.Builder().add100Continue().code(201)
                .setHeader("Content-Type", "application/json").body(ASSET).build());
        long[] last = new long[1];
        client.assets().createAsset(CreateAssetRequest.fromFile(file), (sent, total) -> last[0] = sent);
        RecordedRequest r = sent();
        assertEquals(Map.of("method", "direct", "file", "file:clip.mp4:300000"), formFields(r));
        assertEquals("100-continue", r.getHeaders().get("Expect"), "a refusal arrives before the file goes out");
        assertEquals(r.getBodySize(), last[0], "progress counted every byte of the body");
    }

    @Test
    void aFileOverTheDirectLimitIsRefusedBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.mp4");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(CreateAssetRequest.MAX_DIRECT_BYTES + 1);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.assets().createAsset(CreateAssetRequest.fromFile(file)));
        assertEquals("big.mp4 is 200.0 MB; a direct upload takes at most 200 MB. Upload it in chunks (multipart upload) "
                + "instead.", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void getListAndDeleteAssets() throws Exception {
        answer("GET", "/assets/a1", 200, ASSET);
        assertEquals(AssetStatus.PROCESSING, client.assets().getAsset("a1").status());
        assertEquals("/v1.3/assets/a1", sent().getTarget());

        answer("GET", "/assets", 200, "{\"data\":[" + ASSET + ",{\"_id\":\"a2\",\"status\":\"ready\"}],"
                + "\"page_info\":{\"page\":2,\"limit_per_page\":2,\"total_page\":3,\"total_results\":6}}");
        Page<Asset> page = client.assets().listAssets(AssetQuery.all().withAssetIds(List.of("a1", "a2"))
                .withAssetTypes(List.of("video", "audio")).withPage(2).withPageLimit(2));
        assertEquals("/v1.3/assets?page=2&page_limit=2&asset_ids=a1&asset_ids=a2&asset_types=video&asset_types=audio",
                sent().getTarget());
        assertEquals(new PageInfo(2, 2, 3, 6), page.pageInfo());
        assertEquals(AssetStatus.READY, page.data().get(1).status());

        // Off the contract on purpose: the vendor adds statuses and fields now and then.
        server.enqueue(ApiTestSupport.json(200, "{\"_id\":\"a3\",\"status\":\"Archived\",\"size\":12,"
                + "\"hls\":{\"manifest_url\":\"https://cdn.example.com/m.m3u8\"}}"));
        Asset unknown = client.assets().getAsset("a3");
        assertEquals(AssetStatus.of("archived"), unknown.status(), "an unknown status is kept");
        assertTrue(unknown.rawJson().contains("manifest_url"), "fields this build ignores stay in the raw JSON");
        take(server);

        answer("DELETE", "/assets/a1", 204, null);
        client.assets().deleteAsset("a1");
        assertEquals("DELETE", sent().getMethod());
    }

    @Test
    void createMultipartUploadSendsNameTypeAndSizeAndReadsTheSession() throws Exception {
        answer("POST", "/assets/multipart-uploads", 201, """
                {"upload_id":"u1","asset_id":"a1","chunk_size":5242880,"total_chunks":3,
                 "expires_at":"2026-12-01T12:00:00Z","upload_headers":{"Content-Type":"application/octet-stream"},
                 "upload_urls":[{"chunk_index":1,"url":"https://s3.example.com/b/k?partNumber=1&X-Amz-Signature=abc",
                                 "expires_at":"2026-11-30T12:00:00Z"},
                                {"chunk_index":2,"url":"https://s3.example.com/b/k?partNumber=2&X-Amz-Signature=def"},
                                {"chunk_index":3}]}""");
        MultipartUpload session = client.assets().createMultipartUpload("talk.mp4", 12_000_000);
        RecordedRequest r = sent();
        assertEquals(JSON.readTree("{\"filename\":\"talk.mp4\",\"type\":\"video\",\"total_size\":12000000}"),
                JSON.readTree(r.getBody().utf8()));
        assertEquals(List.of("application/json"), r.getHeaders().values("Content-Type"), "one Content-Type, not two");
        assertEquals("u1", session.uploadId());
        assertEquals(5_242_880, session.chunkSize());
        assertEquals(3, session.totalChunks());
        assertEquals(1_514_240, session.lengthOf(3), "the last chunk holds the rest");
        assertEquals(2, session.uploadUrls().size(), "an item without a URL is left for fresh URLs to fill");
        assertEquals(Instant.parse("2026-12-01T12:00:00Z"), session.uploadUrls().get(1).expiresAt(),
                "an item without its own expiry takes the session's");
        assertEquals(Map.of("Content-Type", "application/octet-stream"), session.uploadHeaders());
        assertEquals("ChunkUrl[chunk 1, https://s3.example.com/b/k, expires 2026-11-30T12:00:00Z]",
                session.uploadUrls().get(0).toString(), "the signature stays out of toString");
    }

    @Test
    void reportFreshUrlsStatusAndIncompleteUploads() throws Exception {
        answer("POST", "/assets/multipart-uploads/u1", 200,
                "{\"asset_id\":\"a1\",\"processed_chunks\":2,\"duplicate_chunks\":0,\"total_completed\":2}");
        ChunkReport report = client.assets().reportChunks("u1",
                List.of(new CompletedChunk(1, "e1", 5_242_880), new CompletedChunk(2, "e2", 100)));
        assertEquals(JSON.readTree("{\"completed_chunks\":[{\"chunk_index\":1,\"proof\":\"e1\",\"proof_type\":\"etag\","
                + "\"chunk_size\":5242880},{\"chunk_index\":2,\"proof\":\"e2\",\"proof_type\":\"etag\",\"chunk_size\":100}]}"),
                JSON.readTree(sent().getBody().utf8()));
        assertEquals(2, report.totalCompleted());
        assertNull(report.url());

        answer("POST", "/assets/multipart-uploads/u1/presigned-urls", 200, """
                {"upload_id":"u1","start_index":2,"count":1,"generated_at":"2026-11-30T11:00:00Z",
                 "expires_at":"2026-11-30T12:00:00Z",
                 "upload_urls":[{"chunk_index":2,"url":"https://s3.example.com/b/k?partNumber=2&sig=new"}]}""");
        List<ChunkUrl> urls = client.assets().presignedUrls("u1", 2, 1);
        assertEquals(JSON.readTree("{\"start\":2,\"count\":1}"), JSON.readTree(sent().getBody().utf8()));
        assertEquals(List.of(new ChunkUrl(2, URI.create("https://s3.example.com/b/k?partNumber=2&sig=new"),
                Instant.parse("2026-11-30T12:00:00Z"))), urls);

        answer("GET", "/assets/multipart-uploads/u1", 200, """
                {"upload_id":"u1","status":"active","chunks_completed":1,"chunks_failed":1,"chunks_pending":1,
                 "total_size":12000000,"uploaded_size":5242880,
                 "uploaded_chunks":[{"index":1,"status":"completed","uploaded_at":"2026-11-30T11:00:00Z"},
                                    {"index":2,"status":"failed"},{"index":3,"status":"pending"}],
                 "page_info":{"page":1,"limit_per_page":50,"total_page":1,"total_results":3}}""");
        UploadStatus status = client.assets().uploadStatus("u1", 1, 50);
        assertEquals("/v1.3/assets/multipart-uploads/u1?page=1&page_limit=50", sent().getTarget());
        assertEquals(UploadSessionStatus.ACTIVE, status.status());
        assertEquals(List.of(new ChunkState(1, "completed", Instant.parse("2026-11-30T11:00:00Z")),
                new ChunkState(2, "failed", null), new ChunkState(3, "pending", null)), status.chunks());
        assertEquals(5_242_880L, status.uploadedSize());

        answer("GET", "/assets/multipart-uploads", 200, """
                {"data":[{"upload_id":"u1","status":"active","total_size":5000000000,"chunk_size":52428800,
                          "total_chunks":96,"created_at":"2026-11-30T10:00:00Z","expires_at":"2026-12-01T10:00:00Z"}],
                 "page_info":{"page":1,"limit_per_page":10,"total_page":1,"total_results":1}}""");
        Page<IncompleteUpload> open = client.assets().listIncompleteUploads(1, 10);
        assertEquals("/v1.3/assets/multipart-uploads?page=1&page_limit=10", sent().getTarget());
        assertEquals(new IncompleteUpload("u1", UploadSessionStatus.ACTIVE, 5_000_000_000L, 52_428_800, 96,
                Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z")), open.data().get(0));
    }

    @Test
    void argumentsOutsideTheDocumentedRangesAreRefusedBeforeSending() {
        AssetsApi assets = client.assets();
        assertEquals("Report 1 to 50 chunks at a time, not 0.",
                assertThrows(IllegalArgumentException.class, () -> assets.reportChunks("u1", List.of())).getMessage());
        assertEquals("Ask for 1 to 50 URLs from chunk 1 on; got start 1, count 51.",
                assertThrows(IllegalArgumentException.class, () -> assets.presignedUrls("u1", 1, 51)).getMessage());
        assertEquals("A multipart upload takes 1 byte to 4 GB; this file has 4294967297 bytes.",
                assertThrows(IllegalArgumentException.class,
                        () -> assets.createMultipartUpload("a.mp4", 4L * 1024 * 1024 * 1024 + 1)).getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aV12ClientHasNoAssetsAndSaysWhy() {
        try (TwelveLabsClient v12 = ApiTestSupport.client(server, ApiVersion.V1_2)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, v12::assets);
            assertEquals("Assets, multipart uploads and indexed assets need API v1.3; the API URL "
                    + ApiTestSupport.base(server, ApiVersion.V1_2) + " is v1.2. Change it to end in /v1.3.", e.getMessage());
        }
    }
}
