package io.reeldrop.sandbox;

import static io.reeldrop.sandbox.AssetRoutesTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.testsupport.Await;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Indexed assets: made from ready assets, walking the same statuses with the same requirement
 * checks as tasks, listed with every filter, patched and deleted; and one world with tasks.
 */
class IndexedAssetTest {

    private static final String INDEX = SandboxServer.SANDBOX_INDEX_ID;

    private static SandboxServer sandbox;
    private static RawClient api;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(100));
        api = RawClient.checked(sandbox, "1.3");
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(api, sandbox);
    }

    private static String readyAsset(String fixture) throws Exception {
        String id = AssetRoutesTest.upload(api, fixture, Map.of("method", "direct")).json().get("_id").asText();
        assertEquals("ready", AssetRoutesTest.finished(api, id).get("status").asText());
        return id;
    }

    private static RawClient.Answer index(String assetId, String extra) {
        return api.json("POST", "/indexes/" + INDEX + "/indexed-assets", "{\"asset_id\":\"" + assetId + "\"" + extra + "}");
    }

    private static JsonNode finished(String id) {
        return Await.until(() -> api.get("/indexes/" + INDEX + "/indexed-assets/" + id).json(),
                a -> a.get("status").asText().equals("ready") || a.get("status").asText().equals("failed"),
                Duration.ofSeconds(30), "indexed asset " + id + " to finish");
    }

    @Test
    void aReadyAssetIsIndexedThroughEveryStatus() throws Exception {
        // Its own, slower sandbox: pending 0.5 s, queued 0.75 s, indexing 1.25 s, so a poll sees each.
        try (SandboxServer slow = SandboxServer.start(SandboxConfig.defaults().withTimeScale(4));
             RawClient client = RawClient.checked(slow, "1.3")) {
            String assetId = AssetRoutesTest.upload(client, "valid.mp4", Map.of("method", "direct")).json().get("_id").asText();
            assertEquals("ready", AssetRoutesTest.finished(client, assetId).get("status").asText());
            RawClient.Answer created = client.json("POST", "/indexes/" + INDEX + "/indexed-assets",
                    "{\"asset_id\":\"" + assetId + "\",\"enable_video_stream\":true}");
            assertEquals(202, created.status(), created.body());
            String id = created.json().get("_id").asText();
            assertEquals("/indexes/" + INDEX + "/indexed-assets/" + id, created.header("Location"));
            List<String> seen = new ArrayList<>();
            JsonNode ready = Await.until(() -> {
                JsonNode now = client.get("/indexes/" + INDEX + "/indexed-assets/" + id).json();
                String status = now.get("status").asText();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                    seen.add(status);
                }
                return now;
            }, a -> a.get("status").asText().equals("ready"), Duration.ofSeconds(30), "indexing");
            assertEquals(List.of("pending", "queued", "indexing", "ready"), seen);
            assertEquals(assetId, ready.get("asset_id").asText());
            JsonNode system = ready.get("system_metadata");
            assertEquals("valid.mp4", system.get("filename").asText());
            assertEquals(5.0, system.get("duration").asDouble(), 0.01);
            assertEquals(640, system.get("width").asInt());
            assertEquals(360, system.get("height").asInt());
            assertEquals(44123, system.get("size").asLong());
            assertTrue(ready.get("user_metadata").isEmpty());
            assertEquals("COMPLETE", ready.get("hls").get("status").asText());
            assertEquals(ready.get("updated_at").asText(), ready.get("indexed_at").asText());
            assertEquals(409, client.delete("/assets/" + assetId).status(), "an indexed asset keeps its asset");
            assertEquals(204, client.delete("/assets/" + assetId + "?force=true").status());
            assertEquals("ready", client.get("/indexes/" + INDEX + "/indexed-assets/" + id).json().get("status").asText(),
                    "a forced delete leaves the indexed asset");
        }
    }

    @Test
    void assetsThatAreNotReadyOrUnknownAreRefused() throws Exception {
        String processing = AssetRoutesTest.upload(api, "valid.mp4", Map.of("method", "direct")).json().get("_id").asText();
        RawClient.Answer early = index(processing, "");
        if (early.status() == 400) { // on a stalled machine the asset may already be ready
            assertCode(early, 400, "parameter_invalid");
            assertTrue(early.json().get("message").asText().contains("processing"), early.body());
        }
        assertCode(index("000000000000000000000000", ""), 404, "resource_not_exist");
        assertCode(api.json("POST", "/indexes/000000000000000000000000/indexed-assets", "{\"asset_id\":\"" + processing + "\"}"),
                404, "resource_not_exist");
        assertCode(api.json("POST", "/indexes/" + INDEX + "/indexed-assets", "{}"), 400, "parameter_not_provided");
        String broken = AssetRoutesTest.upload(api, "not-a-video.mp4", Map.of("method", "direct")).json().get("_id").asText();
        assertEquals("failed", AssetRoutesTest.finished(api, broken).get("status").asText());
        assertCode(index(broken, ""), 400, "parameter_invalid");
    }

    @Test
    void theRequirementsOfTasksApplyWithTheirCodes() throws Exception {
        JsonNode small = finished(index(readyAsset("too-small-320x240.mp4"), "").json().get("_id").asText());
        assertEquals("failed", small.get("status").asText());
        assertEquals("video_resolution_too_low", small.get("error_code").asText());
        JsonNode shortOne = finished(index(readyAsset("too-short-2s.mp4"), "").json().get("_id").asText());
        assertEquals("video_duration_too_short", shortOne.get("error_code").asText());
    }

    @Test
    void listsFilterByEveryDocumentedFieldAndUserMetadata() throws Exception {
        String index = api.json("POST", "/indexes", "{\"index_name\":\"filters\",\"models\":[{\"model_name\":\"marengo3.0\",\"model_options\":[\"visual\"]}]}")
                .json().get("_id").asText();
        String mp4 = api.json("POST", "/indexes/" + index + "/indexed-assets", "{\"asset_id\":\"" + readyAsset("valid.mp4") + "\"}").json().get("_id").asText();
        String mkv = api.json("POST", "/indexes/" + index + "/indexed-assets", "{\"asset_id\":\"" + readyAsset("clip.mkv") + "\"}").json().get("_id").asText();
        for (String id : List.of(mp4, mkv)) {
            Await.until(() -> api.get("/indexes/" + index + "/indexed-assets/" + id).json().get("status").asText(), "ready"::equals,
                    Duration.ofSeconds(30), "ready");
        }
        assertEquals(204, api.json("PATCH", "/indexes/" + index + "/indexed-assets/" + mp4,
                "{\"user_metadata\":{\"category\":\"news\",\"rank\":5,\"draft\":true}}").status());
        assertEquals(List.of(mkv, mp4), ids(index, ""), "newest first");
        assertEquals(List.of(mp4), ids(index, "?filename=valid.mp4"));
        assertEquals(List.of(mp4), ids(index, "?size=44123"));
        assertTrue(ids(index, "?width=640&height=360&duration=5").contains(mp4));
        assertFalse(ids(index, "?width=641").contains(mp4));
        assertEquals(List.of(), ids(index, "?status=failed"));
        assertEquals(2, ids(index, "?status=ready&status=failed").size());
        assertEquals(List.of(mp4), ids(index, "?category=news"), "the spec's exploded form");
        assertEquals(List.of(mp4), ids(index, "?user_metadata.rank=5"));
        assertEquals(List.of(mp4), ids(index, "?user_metadata%5Bdraft%5D=true"), "the Python SDK's form");
        assertEquals(List.of(mp4), ids(index, "?user_metadata=" + URLEncoder.encode("{\"category\":\"news\",\"rank\":5}", StandardCharsets.UTF_8)),
                "the JS SDK's form");
        assertEquals(List.of(), ids(index, "?category=sports"));
        assertCode(api.get("/indexes/" + index + "/indexed-assets?status=validating"), 400, "parameter_invalid");

        assertEquals(204, api.json("PATCH", "/indexes/" + index + "/indexed-assets/" + mp4,
                "{\"user_metadata\":{\"category\":null,\"rank\":6}}").status());
        JsonNode patched = api.get("/indexes/" + index + "/indexed-assets/" + mp4).json().get("user_metadata");
        assertFalse(patched.has("category"), "null deletes the key");
        assertEquals(6, patched.get("rank").asInt());
        assertTrue(patched.get("draft").asBoolean());
        assertCode(api.json("PATCH", "/indexes/" + index + "/indexed-assets/" + mp4, "{\"user_metadata\":{\"duration\":1}}"),
                400, "parameter_invalid");
        assertCode(api.json("PATCH", "/indexes/" + index + "/indexed-assets/" + mp4, "{\"user_metadata\":{\"tags\":[1]}}"),
                400, "parameter_invalid");

        assertEquals(204, api.delete("/indexes/" + index + "/indexed-assets/" + mkv).status());
        assertEquals(404, api.get("/indexes/" + index + "/indexed-assets/" + mkv).status());
        assertEquals(List.of(mp4), ids(index, ""));
    }

    private static List<String> ids(String index, String query) {
        RawClient.Answer answer = api.get("/indexes/" + index + "/indexed-assets" + query);
        assertEquals(200, answer.status(), answer.body());
        List<String> ids = new ArrayList<>();
        answer.json().get("data").forEach(a -> ids.add(a.get("_id").asText()));
        return ids;
    }

    @Test
    void aVideoIndexedThroughATaskIsAlsoAnIndexedAssetAndAVideo() throws Exception {
        String index = api.json("POST", "/indexes", "{\"index_name\":\"one world\",\"models\":[{\"model_name\":\"marengo3.0\",\"model_options\":[\"visual\"]}]}")
                .json().get("_id").asText();
        JsonNode task = api.postMultipart("/tasks", Map.of("index_id", index), "valid.mp4", FixtureHttpServer.fixtureBytes("valid.mp4")).json();
        String taskId = task.get("_id").asText();
        String videoId = task.get("video_id").asText();
        assertEquals(List.of(videoId), ids(index, ""), "listed as an indexed asset from the start");
        Await.until(() -> api.get("/tasks/" + taskId).json().get("status").asText(), "ready"::equals, Duration.ofSeconds(30), "task ready");
        JsonNode asIndexed = api.get("/indexes/" + index + "/indexed-assets/" + videoId).json();
        assertEquals("ready", asIndexed.get("status").asText());
        assertNull(asIndexed.get("asset_id"), "a task's video has no asset");
        JsonNode video = api.get("/indexes/" + index + "/videos/" + videoId).json();
        assertEquals("valid.mp4", video.get("system_metadata").get("filename").asText());
        assertEquals(1, api.get("/indexes/" + index + "/videos").json().get("page_info").get("total_results").asInt());
        try (RawClient v12 = RawClient.checked(sandbox, "1.2")) {
            JsonNode old = v12.get("/indexes/" + index + "/videos").json().get("data").get(0);
            assertEquals(5.0, old.get("metadata").get("duration").asDouble(), 0.01, "v1.2 names it metadata");
        }
        assertEquals(1, api.get("/indexes/" + index).json().get("video_count").asInt());

        assertCode(api.delete("/tasks/" + taskId), 400, "task_cannot_be_deleted");
        assertEquals(204, api.delete("/indexes/" + index + "/indexed-assets/" + videoId).status());
        assertEquals(0, api.get("/indexes/" + index + "/videos").json().get("page_info").get("total_results").asInt());
        assertEquals(0, api.get("/indexes/" + index).json().get("video_count").asInt());
        assertEquals(204, api.delete("/tasks/" + taskId).status(), "with its video gone, the task goes too");

        String assetVideo = api.json("POST", "/indexes/" + index + "/indexed-assets", "{\"asset_id\":\"" + readyAsset("clip.mkv") + "\"}")
                .json().get("_id").asText();
        try (RawClient v12 = new RawClient(sandbox.baseUrl("1.2"), sandbox.apiKey())) {
            assertEquals(405, v12.json("PATCH", "/indexes/" + index + "/videos/" + assetVideo, "{\"user_metadata\":{}}").status(),
                    "v1.2 has no PATCH of a video");
        }
        assertEquals(204, api.delete("/indexes/" + index).status());
        assertCode(api.get("/indexes/" + index + "/indexed-assets/" + assetVideo), 404, "resource_not_exist");
    }

    @Test
    void theFaultPlanFailsIndexedAssetsAsItFailsTasks() throws Exception {
        String assetId = readyAsset("valid.mp4");
        sandbox.faults().set(FaultPlan.none().withTaskFailures(1.0));
        try {
            JsonNode failed = finished(index(assetId, "").json().get("_id").asText());
            assertEquals("failed", failed.get("status").asText());
            assertEquals("sandbox_injected_failure", failed.get("error_code").asText());
        } finally {
            sandbox.faults().clear();
        }
    }
}
