package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /tasks}: every documented filter, both sorts, pagination edges and the checks on
 * bad values, over four finished tasks (three in a new index, one in the sandbox index).
 */
class TaskListingTest {

    private static SandboxServer sandbox;
    private static RawClient api;
    private static String otherIndex;
    /** In creation order: valid.mp4, clip.mkv, too-small-320x240.mp4 (index otherIndex), valid.mp4 by URL (sandbox index). */
    private static final List<JsonNode> TASKS = new ArrayList<>();

    @BeforeAll
    static void createFinishedTasks() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000));
        api = RawClient.checked(sandbox, "1.3");
        otherIndex = api.json("POST", "/indexes", "{\"index_name\":\"listing\",\"models\":[{\"model_name\":\"marengo3.0\",\"model_options\":[\"visual\"]}]}")
                .json().get("_id").asText();
        List<String> ids = new ArrayList<>();
        for (String file : List.of("valid.mp4", "clip.mkv", "too-small-320x240.mp4")) {
            ids.add(api.postMultipart("/tasks", RawClient.fields("index_id", otherIndex), file, FixtureHttpServer.fixtureBytes(file))
                    .json().get("_id").asText());
            finish(ids.get(ids.size() - 1)); // one at a time, so created_at order is certain
        }
        try (FixtureHttpServer files = new FixtureHttpServer(Fixtures.directory())) {
            ids.add(api.postForm("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID,
                    "video_url", files.url("range", "valid.mp4").toString())).json().get("_id").asText());
            finish(ids.get(3));
        }
        for (String id : ids) {
            TASKS.add(api.get("/tasks/" + id).json());
        }
    }

    private static JsonNode finish(String id) {
        return Await.until(() -> api.get("/tasks/" + id).json(),
                t -> t.get("status").asText().equals("ready") || t.get("status").asText().equals("failed"),
                Duration.ofSeconds(20), id + " to finish");
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(api, sandbox);
    }

    private static List<String> ids(String query) {
        RawClient.Answer answer = api.get("/tasks" + query);
        assertEquals(200, answer.status(), answer.body());
        List<String> ids = new ArrayList<>();
        answer.json().get("data").forEach(task -> ids.add(task.get("_id").asText()));
        return ids;
    }

    private static String id(int creationOrder) {
        return TASKS.get(creationOrder).get("_id").asText();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void defaultIsNewestFirstTenPerPage() {
        assertEquals(List.of(id(3), id(2), id(1), id(0)), ids(""));
        JsonNode pageInfo = api.get("/tasks").json().get("page_info");
        assertEquals(10, pageInfo.get("limit_per_page").asInt());
        assertEquals(1, pageInfo.get("page").asInt());
        assertEquals(1, pageInfo.get("total_page").asInt());
        assertEquals(4, pageInfo.get("total_results").asInt());
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertEquals(List.of(id(2), id(1), id(0)), ids("?index_id=" + otherIndex));
        assertEquals(List.of(id(1)), ids("?filename=clip.mkv"));
        assertEquals(List.of(id(1)), ids("?duration=6"));
        assertEquals(List.of(id(1)), ids("?width=640&height=480"));
        assertEquals(List.of(id(2)), ids("?height=240"));
        assertEquals(List.of(id(2)), ids("?status=failed"));
        assertEquals(List.of(id(3), id(2), id(1), id(0)), ids("?status=ready&status=failed"));
        assertEquals(List.of(id(3), id(1), id(0)), ids("?status=ready"));
        assertEquals(List.of(), ids("?status=indexing"));
        assertEquals(List.of(id(3), id(0)), ids("?filename=valid.mp4"));
        assertEquals(List.of(id(0)), ids("?filename=valid.mp4&index_id=" + otherIndex));
    }

    @Test
    void dateFiltersMeanAtOrAfter() {
        String secondCreated = TASKS.get(1).get("created_at").asText();
        assertEquals(List.of(id(3), id(2), id(1)), ids("?created_at=" + encoded(secondCreated)));
        String lastUpdated = TASKS.get(3).get("updated_at").asText();
        assertEquals(List.of(id(3)), ids("?updated_at=" + encoded(lastUpdated)));
        assertEquals(List.of(), ids("?created_at=2999-01-01T00:00:00Z"));
    }

    @Test
    void sortByAndSortOption() {
        assertEquals(List.of(id(0), id(1), id(2), id(3)), ids("?sort_option=asc"));
        assertEquals(List.of(id(0), id(1), id(2), id(3)), ids("?sort_by=updated_at&sort_option=asc"));
        assertEquals(List.of(id(3), id(2), id(1), id(0)), ids("?sort_by=updated_at&sort_option=desc"));
    }

    @Test
    void paginationEdges() {
        assertEquals(List.of(id(3), id(2)), ids("?page_limit=2"));
        assertEquals(List.of(id(1), id(0)), ids("?page_limit=2&page=2"));
        assertEquals(List.of(), ids("?page_limit=2&page=3"));
        JsonNode beyond = api.get("/tasks?page_limit=3&page=9").json().get("page_info");
        assertEquals(2, beyond.get("total_page").asInt());
        assertEquals(9, beyond.get("page").asInt());
        assertEquals(4, beyond.get("total_results").asInt());
        assertEquals(4, ids("?page_limit=50").size());
        assertEquals(List.of(id(3)), ids("?page_limit=1"));
    }

    @ParameterizedTest
    @CsvSource({"page_limit=51, page_limit", "page_limit=0, page_limit", "page=0, page", "page=two, page",
            "sort_by=name, sort_by", "sort_option=up, sort_option", "status=done, status", "width=wide, width",
            "duration=long, duration", "created_at=yesterday, created_at"})
    void badValuesAreRefusedNamingTheParameter(String query, String parameter) {
        RawClient.Answer answer = api.get("/tasks?" + query);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("parameter_invalid", answer.json().get("code").asText());
        assertTrue(answer.json().get("message").asText().startsWith(parameter), answer.body());
    }

    @Test
    void v12ListsTheSameTasksInItsShape() throws Exception {
        try (RawClient v12 = RawClient.checked(sandbox, "1.2")) {
            JsonNode first = v12.get("/tasks?filename=clip.mkv").json().get("data").get(0);
            assertEquals(6.0, first.get("metadata").get("duration").asDouble(), 0.001);
            assertEquals(TASKS.get(1).get("updated_at").asText(), first.get("estimated_time").asText());
            assertTrue(!first.has("system_metadata"));
        }
    }
}
