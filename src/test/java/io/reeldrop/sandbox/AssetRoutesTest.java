package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.testsupport.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /assets}: direct and URL uploads, really probed; listing, reading, deleting; the limits and the version rule. */
class AssetRoutesTest {

    private static SandboxServer sandbox;
    private static RawClient api;
    private static FixtureHttpServer files;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000)
                .withAssets(AssetLimits.DEFAULT.withDirectBytes(60_000).withUrlBytes(40_000)));
        api = RawClient.checked(sandbox, "1.3");
        files = new FixtureHttpServer(Fixtures.directory());
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(api, sandbox, files);
    }

    static RawClient.Answer upload(RawClient client, String fixture, Map<String, String> fields) throws Exception {
        return client.postMultipart("/assets", fields, "file", fixture, FixtureHttpServer.fixtureBytes(fixture));
    }

    static JsonNode finished(RawClient client, String assetId) {
        return Await.until(() -> client.get("/assets/" + assetId).json(), a -> !a.get("status").asText().equals("processing"),
                Duration.ofSeconds(20), "asset " + assetId + " to be processed");
    }

    @Test
    void aDirectUploadIsProbedAndBecomesReady() throws Exception {
        RawClient.Answer created = upload(api, "valid.mp4", Map.of("method", "direct"));
        assertEquals(201, created.status(), created.body());
        assertEquals("processing", created.json().get("status").asText());
        assertEquals("direct", created.json().get("method").asText());
        assertEquals("valid.mp4", created.json().get("filename").asText());
        JsonNode ready = finished(api, created.json().get("_id").asText());
        assertEquals("ready", ready.get("status").asText(), ready.toString());
        assertEquals("video/mp4", ready.get("file_type").asText());
        assertEquals(5.0, ready.get("duration").asDouble(), 0.1);
    }

    @Test
    void aUrlAssetIsReallyDownloadedAndABrokenFileFails() throws Exception {
        RawClient.Answer created = api.postMultipart("/assets", Map.of("method", "url", "url", files.url("plain", "clip.mkv").toString(),
                "filename", "renamed.mkv"), null, null);
        assertEquals(201, created.status(), created.body());
        JsonNode ready = finished(api, created.json().get("_id").asText());
        assertEquals("ready", ready.get("status").asText(), ready.toString());
        assertEquals("renamed.mkv", ready.get("filename").asText());
        assertEquals("url", ready.get("method").asText());

        JsonNode broken = finished(api, api.postMultipart("/assets", Map.of("method", "url", "url", files.url("plain", "not-a-video.mp4").toString()),
                null, null).json().get("_id").asText());
        assertEquals("failed", broken.get("status").asText());
        assertEquals("video_file_broken", broken.get("error_code").asText());
        JsonNode tooBig = finished(api, api.postMultipart("/assets", Map.of("method", "url", "url", files.url("plain", "valid.mp4").toString()),
                null, null).json().get("_id").asText());
        assertEquals("video_filesize_too_large", tooBig.get("error_code").asText(), "44 KB over the 40 KB URL limit of this sandbox");
    }

    @Test
    void requestsAreCheckedAsTheServiceChecksThem() throws Exception {
        assertCode(api.postMultipart("/assets", Map.of(), "file", "clip.mkv", FixtureHttpServer.fixtureBytes("clip.mkv")),
                400, "parameter_not_provided");
        assertCode(api.postMultipart("/assets", Map.of("method", "upload"), null, null), 400, "parameter_invalid");
        assertCode(api.postMultipart("/assets", Map.of("method", "direct"), null, null), 400, "parameter_not_provided");
        assertCode(api.postMultipart("/assets", Map.of("method", "url"), null, null), 400, "parameter_not_provided");
        assertCode(api.postMultipart("/assets", Map.of("method", "url", "url", "ftp://host/v.mp4"), null, null), 400, "parameter_invalid");
        assertCode(api.postMultipart("/assets", Map.of("method", "direct", "index_id", "x"), "file", "clip.mkv",
                FixtureHttpServer.fixtureBytes("clip.mkv")), 400, "parameter_unknown");
        assertCode(upload(api, "clip.webm", Map.of("method", "direct")), 400, "video_filesize_too_large");
        assertCode(api.get("/assets/000000000000000000000000"), 404, "resource_not_exist");
        assertCode(api.get("/assets?asset_types=document"), 400, "parameter_invalid");
    }

    @Test
    void assetsListNewestFirstWithTheirFiltersAndAreDeleted() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String fixture : List.of("clip.mkv", "too-small-320x240.mp4", "too-short-2s.mp4")) {
            ids.add(upload(api, fixture, Map.of("method", "direct", "filename", "listed-" + fixture)).json().get("_id").asText());
        }
        JsonNode page = api.get("/assets?filename=LISTED-&page_limit=2").json();
        assertEquals(3, page.get("page_info").get("total_results").asInt());
        assertEquals(2, page.get("page_info").get("total_page").asInt());
        assertEquals(ids.get(2), page.get("data").get(0).get("_id").asText(), "newest first");
        JsonNode two = api.get("/assets?asset_ids=" + ids.get(0) + "&asset_ids=" + ids.get(1)).json();
        assertEquals(2, two.get("page_info").get("total_results").asInt());
        assertEquals(0, api.get("/assets?asset_types=image&filename=listed-").json().get("page_info").get("total_results").asInt());
        assertEquals(3, api.get("/assets?asset_types=video&filename=listed-").json().get("page_info").get("total_results").asInt());
        assertEquals(204, api.delete("/assets/" + ids.get(0)).status());
        assertEquals(404, api.get("/assets/" + ids.get(0)).status());
        assertEquals(2, api.get("/assets?filename=listed-").json().get("page_info").get("total_results").asInt());
    }

    @Test
    void version12HasNoAssets() throws Exception {
        try (RawClient v12 = new RawClient(sandbox.baseUrl("1.2"), sandbox.apiKey())) {
            for (RawClient.Answer answer : List.of(v12.get("/assets"), v12.json("POST", "/assets/multipart-uploads", "{}"),
                    v12.get("/indexes/" + SandboxServer.SANDBOX_INDEX_ID + "/indexed-assets"))) {
                assertCode(answer, 400, "api_upgrade_required");
                assertTrue(answer.json().get("message").asText().contains("v1.3"), answer.body());
            }
        }
    }

    static void assertCode(RawClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(code, answer.json().get("code").asText(), answer.body());
    }
}
