package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static io.reeldrop.api.ApiTestSupport.asContract;
import static io.reeldrop.api.ApiTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.contract.ApiContract;
import io.reeldrop.contract.ContractRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indexed assets and the videos of an index: requests and answers, checked against the v1.3 contract. */
class IndexedAssetCallsTest {

    private static final ApiContract SPEC = ApiContract.forVersion(ApiVersion.V1_3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX = "73616e64626f780000000001";
    private static final String DETAILED = """
            {"_id":"ia1","status":"ready","created_at":"2026-11-30T10:00:00Z",
             "updated_at":"2026-11-30T10:05:00Z","indexed_at":"2026-11-30T10:05:00Z",
             "system_metadata":{"filename":"talk.mp4","duration":12.5,"fps":25,"width":640,"height":360,"size":5000000000},
             "user_metadata":{"category":"recentlyAdded","batchNumber":5,"rating":9.3,"needsReview":true},
             "hls":{"video_url":"https://cdn.example.com/s.m3u8","thumbnail_urls":["https://cdn.example.com/t.jpg"],
                    "status":"COMPLETE","updated_at":"2026-11-30T10:06:00Z"}}""";

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

    private RecordedRequest sent() throws Exception {
        RecordedRequest r = take(server);
        SPEC.assertRequest(asContract(r));
        assertEquals(KEY, r.getHeaders().get("x-api-key"));
        return r;
    }

    @Test
    void createIndexedAssetSendsTheAssetAndStreamFlagAndReadsIdAndLocation() throws Exception {
        String location = "/indexes/" + INDEX + "/indexed-assets/ia1";
        answer("POST", "/indexes/" + INDEX + "/indexed-assets", 202, "{\"_id\":\"ia1\"}", "Location", location);
        CreatedIndexedAsset created = client.assets().createIndexedAsset(INDEX, "a1", true);
        RecordedRequest r = sent();
        assertEquals("/v1.3/indexes/" + INDEX + "/indexed-assets", r.getTarget());
        assertEquals(JSON.readTree("{\"asset_id\":\"a1\",\"enable_video_stream\":true}"), JSON.readTree(r.getBody().utf8()));
        assertEquals(new CreatedIndexedAsset("ia1", location), created);

        answer("POST", "/indexes/" + INDEX + "/indexed-assets", 202, "{\"_id\":\"ia2\"}");
        assertNull(client.assets().createIndexedAsset(INDEX, "a2", null).location(), "no Location, none kept");
        assertEquals(JSON.readTree("{\"asset_id\":\"a2\"}"), JSON.readTree(sent().getBody().utf8()),
                "no stream flag sent when none was given: the API default applies");
    }

    @Test
    void getIndexedAssetReadsSystemAndUserMetadataAndHls() throws Exception {
        answer("GET", "/indexes/" + INDEX + "/indexed-assets/ia1", 200, DETAILED);
        IndexedAsset asset = client.assets().getIndexedAsset(INDEX, "ia1");
        sent();
        assertEquals(TaskStatus.READY, asset.status());
        assertNull(asset.assetId(), "the v1.3 spec's indexed asset names no asset");
        assertEquals(new SystemMetadata("talk.mp4", 12.5, 25.0, 640, 360, 5_000_000_000L), asset.systemMetadata());
        Map<String, Object> meta = asset.userMetadata();
        assertEquals("recentlyAdded", meta.get("category"));
        assertEquals(5, ((Number) meta.get("batchNumber")).intValue());
        assertEquals(9.3, ((Number) meta.get("rating")).doubleValue());
        assertEquals(true, meta.get("needsReview"));
        assertEquals(new Hls("https://cdn.example.com/s.m3u8", List.of("https://cdn.example.com/t.jpg"), "COMPLETE",
                Instant.parse("2026-11-30T10:06:00Z")), asset.hls());
        assertEquals(Instant.parse("2026-11-30T10:05:00Z"), asset.indexedAt());
    }

    @Test
    void theAssetIdNewerAnswersCarryIsReadAndUnknownStatusesKept() throws Exception {
        // Off the contract on purpose: the vendor's newer answers add asset_id, and statuses come and go.
        server.enqueue(ApiTestSupport.json(200, "{\"_id\":\"ia1\",\"asset_id\":\"a1\",\"status\":\"Transcoding\","
                + "\"system_metadata\":{\"duration\":\"NaN\",\"size\":12.5},\"user_metadata\":{\"n\":null,\"o\":{\"a\":1}}}"));
        IndexedAsset asset = client.assets().getIndexedAsset(INDEX, "ia1");
        take(server);
        assertEquals("a1", asset.assetId());
        assertEquals(TaskStatus.of("transcoding"), asset.status());
        assertEquals(SystemMetadata.EMPTY, asset.systemMetadata(), "NaN and fractional sizes read as absent");
        assertEquals(Map.of("o", "{\"a\":1}"), asset.userMetadata(), "null dropped, an object kept as its JSON text");
    }

    @Test
    void listIndexedAssetsSendsEveryDocumentedFilter() throws Exception {
        answer("GET", "/indexes/" + INDEX + "/indexed-assets", 200, "{\"data\":[{\"_id\":\"ia1\",\"status\":\"indexing\"},"
                + "{\"_id\":\"ia2\",\"status\":\"queued\",\"system_metadata\":{\"filename\":\"b.mp4\"}}],"
                + "\"page_info\":{\"page\":1,\"limit_per_page\":50,\"total_page\":1,\"total_results\":2}}");
        IndexedAssetQuery query = IndexedAssetQuery.builder().status(TaskStatus.READY).status(TaskStatus.FAILED)
                .filename("talk.mp4").duration(10.0).fps(25.0).width(1920).height(1080).size(1_048_576L)
                .createdAt(Instant.parse("2026-11-01T00:00:00Z")).updatedAt(Instant.parse("2026-11-02T00:00:00Z"))
                .sortedBy(TaskQuery.SortBy.UPDATED_AT, TaskQuery.SortOption.ASC).page(1).pageLimit(50)
                .userMetadata("category", "recentlyAdded").userMetadata("batchNumber", 5).userMetadata("rating", 9.5)
                .userMetadata("needsReview", true).build();
        Page<IndexedAsset> page = client.assets().listIndexedAssets(INDEX, query);
        RecordedRequest r = take(server);
        assertEquals("/v1.3/indexes/" + INDEX + "/indexed-assets?page=1&page_limit=50&sort_by=updated_at&sort_option=asc"
                + "&status=ready&status=failed&filename=talk.mp4&duration=10&fps=25&width=1920&height=1080&size=1048576"
                + "&created_at=2026-11-01T00%3A00%3A00Z&updated_at=2026-11-02T00%3A00%3A00Z"
                + "&category=recentlyAdded&batchNumber=5&rating=9.5&needsReview=true", r.getTarget());
        // The spec's exploded user_metadata object has no named parameters for the checker to match,
        // so the documented ones are checked and the metadata keys were compared above.
        ContractRequest documented = asContract(r);
        List.of("category", "batchNumber", "rating", "needsReview").forEach(documented.query()::remove);
        SPEC.assertRequest(documented);
        assertEquals(List.of(TaskStatus.INDEXING, TaskStatus.QUEUED), page.data().stream().map(IndexedAsset::status).toList());
        assertEquals("b.mp4", page.data().get(1).systemMetadata().filename());
    }

    @Test
    void aUserMetadataFilterNamedLikeADocumentedParameterIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexedAssetQuery.builder().userMetadata("status", "x").build());
        assertEquals("The user-metadata key \"status\" has the name of one of the list's own parameters, so the API "
                + "could not tell the two apart; filter on it after listing instead.", e.getMessage());
    }

    @Test
    void patchUserMetadataSendsNullToDeleteAKey() throws Exception {
        answer("PATCH", "/indexes/" + INDEX + "/indexed-assets/ia1", 204, null);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("category", "archived");
        changes.put("rating", 7);
        changes.put("needsReview", null);
        client.assets().updateIndexedAssetMetadata(INDEX, "ia1", changes);
        RecordedRequest r = sent();
        assertEquals("PATCH", r.getMethod());
        assertEquals("{\"user_metadata\":{\"category\":\"archived\",\"rating\":7,\"needsReview\":null}}", r.getBody().utf8());

        Map<String, Object> bad = Map.of("tags", List.of("a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.assets().updateIndexedAssetMetadata(INDEX, "ia1", bad));
        assertEquals("The user-metadata value of \"tags\" must be text, a finite number, true/false or null (to "
                + "delete the key), not a list; turn it into text first.", e.getMessage());
        assertEquals(1, server.getRequestCount(), "the bad value was refused before sending");
    }

    @Test
    void deleteIndexedAssetAndTheVideosOfAnIndex() throws Exception {
        answer("DELETE", "/indexes/" + INDEX + "/indexed-assets/ia1", 204, null);
        client.assets().deleteIndexedAsset(INDEX, "ia1");
        assertEquals("/v1.3/indexes/" + INDEX + "/indexed-assets/ia1", sent().getTarget());

        answer("GET", "/indexes/" + INDEX + "/videos", 200, "{\"data\":[{\"_id\":\"v1\",\"created_at\":\"2026-11-30T10:00:00Z\","
                + "\"system_metadata\":{\"filename\":\"talk.mp4\",\"duration\":12.5}}],"
                + "\"page_info\":{\"page\":1,\"limit_per_page\":10,\"total_page\":1,\"total_results\":1}}");
        Page<IndexVideo> videos = client.assets().listVideos(INDEX, IndexedAssetQuery.builder().filename("talk.mp4").build());
        assertEquals("/v1.3/indexes/" + INDEX + "/videos?filename=talk.mp4", sent().getTarget());
        assertEquals(12.5, videos.data().get(0).systemMetadata().duration());

        answer("GET", "/indexes/" + INDEX + "/videos/v1", 200, "{\"_id\":\"v1\",\"system_metadata\":{\"duration\":12.5}}");
        assertEquals("v1", client.assets().getVideo(INDEX, "v1").id());
        sent();

        answer("DELETE", "/indexes/" + INDEX + "/videos/v1", 204, null);
        client.assets().deleteVideo(INDEX, "v1");
        assertEquals("DELETE", sent().getMethod());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.assets()
                .listVideos(INDEX, IndexedAssetQuery.builder().status(TaskStatus.READY).build()));
        assertEquals("The videos of an index cannot be filtered by status; list the indexed assets for that.",
                e.getMessage());
    }
}
