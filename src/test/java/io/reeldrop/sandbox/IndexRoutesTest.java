package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /indexes} in both versions: the preset index, create, list filters, rename, delete, refusals. */
class IndexRoutesTest {

    private static final String MARENGO_VISUAL = "{\"model_name\":\"marengo3.0\",\"model_options\":[\"visual\"]}";
    private static final String PEGASUS_BOTH = "{\"model_name\":\"pegasus1.2\",\"model_options\":[\"visual\",\"audio\"]}";

    private SandboxServer sandbox;
    private RawClient api;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000));
        api = RawClient.checked(sandbox, "1.3");
    }

    @AfterEach
    void stop() throws Exception {
        Closing.all(api, sandbox);
    }

    private String create(String name, String... models) {
        RawClient.Answer answer = api.json("POST", "/indexes", "{\"index_name\":\"" + name + "\",\"models\":[" + String.join(",", models) + "]}");
        assertEquals(201, answer.status(), answer.body());
        return answer.json().get("_id").asText();
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        api.get("/indexes" + query).json().get("data").forEach(index -> names.add(index.get("index_name").asText()));
        return names;
    }

    @Test
    void aFreshSandboxHasTheSandboxIndexInBothShapes() throws Exception {
        JsonNode v13 = api.get("/indexes/" + SandboxServer.SANDBOX_INDEX_ID).json();
        assertEquals("sandbox", v13.get("index_name").asText());
        assertEquals("marengo3.0", v13.get("models").get(0).get("model_name").asText());
        try (RawClient v12 = RawClient.checked(sandbox, "1.2")) {
            JsonNode index = v12.get("/indexes").json().get("data").get(0);
            assertEquals(SandboxServer.SANDBOX_INDEX_ID, index.get("_id").asText());
            assertEquals("marengo3.0", index.get("engines").get(0).get("engine_name").asText());
            assertTrue(index.get("engines").get(0).get("engine_options").isArray());
        }
    }

    @Test
    void createListFilterRenameDelete() {
        String marengo = create("alpha", MARENGO_VISUAL);
        String pegasus = create("beta", PEGASUS_BOTH);
        assertEquals(List.of("sandbox", "alpha", "beta"), names(""), "oldest first by default");
        assertEquals(List.of("beta", "alpha", "sandbox"), names("?sort_option=desc"));
        assertEquals(List.of("alpha"), names("?index_name=alpha"));
        assertEquals(List.of("sandbox", "beta"), names("?model_family=pegasus"));
        assertEquals(List.of("sandbox", "beta"), names("?model_options=visual,audio"));
        assertEquals(List.of("alpha"), names("?page_limit=1&page=2"));

        JsonNode before = api.get("/indexes/" + marengo).json();
        assertEquals(204, api.json("PUT", "/indexes/" + marengo, "{\"index_name\":\"gamma\"}").status());
        JsonNode after = api.get("/indexes/" + marengo).json();
        assertEquals("gamma", after.get("index_name").asText());
        assertEquals(before.get("created_at"), after.get("created_at"));
        assertNotEquals(before.get("updated_at"), after.get("updated_at"));

        assertEquals(204, api.delete("/indexes/" + pegasus).status());
        RawClient.Answer gone = api.get("/indexes/" + pegasus);
        assertEquals(404, gone.status());
        assertEquals("resource_not_exist", gone.json().get("code").asText());
    }

    @Test
    void v12CreatesWithEngines() throws Exception {
        try (RawClient v12 = RawClient.checked(sandbox, "1.2")) {
            RawClient.Answer created = v12.json("POST", "/indexes",
                    "{\"index_name\":\"old\",\"engines\":[{\"engine_name\":\"marengo2.6\",\"engine_options\":[\"visual\",\"conversation\"]}]}");
            assertEquals(201, created.status(), created.body());
            JsonNode index = v12.get("/indexes/" + created.json().get("_id").asText()).json();
            assertEquals("conversation", index.get("engines").get(0).get("engine_options").get(1).asText());
            RawClient.Answer withModels = v12.json("POST", "/indexes", "{\"index_name\":\"x\",\"models\":[" + MARENGO_VISUAL + "]}");
            assertEquals("parameter_not_provided", withModels.json().get("code").asText(), "v1.2 needs engines");
        }
    }

    @Test
    void refusals() {
        create("taken", MARENGO_VISUAL);
        assertEquals("index_name_already_exists", api.json("POST", "/indexes", "{\"index_name\":\"taken\",\"models\":[" + MARENGO_VISUAL + "]}").json().get("code").asText());
        assertEquals("parameter_not_provided", api.json("POST", "/indexes", "{\"models\":[" + MARENGO_VISUAL + "]}").json().get("code").asText());
        assertEquals("parameter_not_provided", api.json("POST", "/indexes", "{\"index_name\":\"n\"}").json().get("code").asText());
        assertEquals("parameter_invalid", api.json("POST", "/indexes", "{\"index_name\":\"n\",\"models\":[]}").json().get("code").asText());
        assertEquals("parameter_invalid", api.json("POST", "/indexes", "{not json").json().get("code").asText());
        assertEquals(404, api.json("PUT", "/indexes/000000000000000000000000", "{\"index_name\":\"n\"}").status());
    }

    @Test
    void readyVideosCountInTheirIndexAndDeleteGoesWithIt() throws Exception {
        String id = api.postMultipart("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID), "clip.mkv",
                FixtureHttpServer.fixtureBytes("clip.mkv")).json().get("_id").asText();
        Await.until(() -> api.get("/tasks/" + id).json(), t -> t.get("status").asText().equals("ready"), Duration.ofSeconds(20), "ready");
        JsonNode index = api.get("/indexes/" + SandboxServer.SANDBOX_INDEX_ID).json();
        assertEquals(1, index.get("video_count").asInt());
        assertEquals(6.0, index.get("total_duration").asDouble(), 0.001);
        assertEquals(204, api.delete("/indexes/" + SandboxServer.SANDBOX_INDEX_ID).status());
        assertEquals(404, api.get("/tasks/" + id).status(), "deleting an index deletes its videos' tasks");
    }
}
