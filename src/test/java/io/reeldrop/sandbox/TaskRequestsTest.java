package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.testsupport.Await;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /tasks} refusals with the documented codes, and the delete rule: only
 * {@code ready} or {@code failed} tasks can be deleted. The schedule is slowed down 100 times
 * (pending lasts 200 s) so a task can be caught before it finishes.
 */
class TaskRequestsTest {

    private static final String INDEX = SandboxServer.SANDBOX_INDEX_ID;

    private static SandboxServer slow;
    private static RawClient v13;
    private static RawClient v12;

    @BeforeAll
    static void start() {
        slow = SandboxServer.start(SandboxConfig.defaults().withTimeScale(0.01));
        v13 = RawClient.checked(slow, "1.3");
        v12 = RawClient.checked(slow, "1.2");
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(v13, v12, slow);
    }

    private static void assertRefused(RawClient.Answer answer, int status, String code, String messagePart) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(code, answer.json().get("code").asText(), answer.body());
        assertTrue(answer.json().get("message").asText().contains(messagePart), answer.body());
        assertTrue(answer.json().get("docs_url").asText().startsWith("https://docs.twelvelabs.io/"), answer.body());
    }

    @Test
    void missingOrConflictingFields() throws Exception {
        assertRefused(v13.postMultipart("/tasks", Map.of("video_url", "http://127.0.0.1:9/a.mp4"), null, null),
                400, "parameter_not_provided", "index_id");
        assertRefused(v13.postMultipart("/tasks", Map.of("index_id", INDEX), null, null),
                400, "parameter_not_provided", "video_url or video_file");
        assertRefused(v13.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4"),
                "valid.mp4", FixtureHttpServer.fixtureBytes("valid.mp4")), 400, "parameter_invalid", "not both");
        assertRefused(v13.postForm("/tasks", Map.of("index_id", "000000000000000000000000", "video_url", "http://127.0.0.1:9/a.mp4")),
                400, "parameter_invalid", "GET /indexes");
        assertRefused(v13.json("POST", "/tasks", "{\"index_id\":\"x\"}"), 400, "parameter_invalid", "multipart/form-data");
    }

    @Test
    void theSeedGuidesUrlEncodedPostCreatesATaskThatReallyFetchesTheVideo() throws Exception {
        // The guide's Python sends requests.post(url, headers=headers, data=data): a url-encoded form
        // with index_id, language "en" and video_url, which v1.2 documents (v1.3 dropped language).
        try (FixtureHttpServer files = new FixtureHttpServer(Fixtures.directory())) {
            String url = files.url("range", "valid.mp4").toString();
            RawClient.Answer created = v12.postForm("/tasks", RawClient.fields("index_id", INDEX, "language", "en", "video_url", url));
            assertEquals(200, created.status(), created.body());
            String id = created.json().get("_id").asText();
            JsonNode task = Await.until(() -> v12.get("/tasks/" + id).json(), t -> !t.get("status").asText().equals("validating"),
                    Duration.ofSeconds(20), "the url-encoded task to be validated");
            assertEquals("pending", task.get("status").asText(), task.toString());
            assertEquals("valid.mp4", task.get("metadata").get("filename").asText(), task.toString());
            assertTrue(task.get("metadata").get("width").asInt() > 0, task.toString());
        }
    }

    @Test
    void aBrokenUrlEncodedBodyIsABadRequestNotAServerError() {
        RawClient.Answer answer = v12.send("POST", "/tasks", "application/x-www-form-urlencoded", "index_id=%zz&video_url=%");
        assertRefused(answer, 400, "parameter_invalid", "x-www-form-urlencoded");
    }

    @Test
    void aFieldSentTwiceIsRefusedNotSilentlyOverwritten() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"index_id\"\r\n\r\n" + INDEX + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"video_file\"; filename=\"a.mp4\"\r\n\r\naaaa\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"video_file\"; filename=\"b.mp4\"\r\n\r\nbbbb\r\n--b--\r\n";
        assertRefused(v13.send("POST", "/tasks", "multipart/form-data; boundary=b", body), 400, "parameter_invalid", "one video_file");
        assertRefused(v13.send("POST", "/tasks", "application/x-www-form-urlencoded",
                "index_id=" + INDEX + "&video_url=http%3A%2F%2F127.0.0.1%3A9%2Fa.mp4&video_url=http%3A%2F%2F127.0.0.1%3A9%2Fb.mp4"),
                400, "parameter_invalid", "one video_url");
    }

    @Test
    void eachVersionTakesItsOwnFields() {
        assertRefused(v13.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4", "language", "en"), null, null),
                400, "parameter_unknown", "language");
        assertRefused(v12.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4", "language", "fr"), null, null),
                400, "parameter_invalid", "language");
        assertRefused(v12.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4", "user_metadata", "{}"), null, null),
                400, "parameter_unknown", "user_metadata");
        assertRefused(v13.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4", "user_metadata", "[1]"), null, null),
                400, "parameter_invalid", "user_metadata");
        assertRefused(v13.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4", "enable_video_stream", "maybe"), null, null),
                400, "parameter_invalid", "enable_video_stream");
        RawClient.Answer accepted = v12.postMultipart("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/a.mp4",
                "language", "en", "disable_video_stream", "true"), null, null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(1, accepted.json().size(), "v1.2 answers only _id: " + accepted.body());
    }

    @Test
    void onlyReadyOrFailedTasksCanBeDeleted() throws Exception {
        String pending = v13.postMultipart("/tasks", Map.of("index_id", INDEX), "valid.mp4", FixtureHttpServer.fixtureBytes("valid.mp4"))
                .json().get("_id").asText();
        Await.until(() -> v13.get("/tasks/" + pending).json(), t -> t.get("status").asText().equals("pending"),
                Duration.ofSeconds(20), "upload to be validated");
        assertRefused(v13.delete("/tasks/" + pending), 400, "task_cannot_be_deleted", "pending");
        assertEquals(200, v13.get("/tasks/" + pending).status(), "a refused delete keeps the task");

        String failed = v13.postForm("/tasks", Map.of("index_id", INDEX, "video_url", "http://127.0.0.1:9/nothing-listens.mp4"))
                .json().get("_id").asText();
        JsonNode task = Await.until(() -> v13.get("/tasks/" + failed).json(), t -> t.get("status").asText().equals("failed"),
                Duration.ofSeconds(20), "refused download to fail");
        assertEquals("parameter_invalid", task.get("error_code").asText());
        RawClient.Answer deleted = v13.delete("/tasks/" + failed);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals("", deleted.body());
        assertRefused(v13.get("/tasks/" + failed), 404, "resource_not_exist", failed);
        assertRefused(v13.delete("/tasks/" + failed), 404, "resource_not_exist", failed);
    }

    @Test
    void readyTasksAreDeletedAfterTheirVideo() throws Exception {
        try (SandboxServer fast = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000));
             RawClient api = RawClient.checked(fast, "1.2")) {
            String id = api.postMultipart("/tasks", Map.of("index_id", INDEX), "clip.webm", FixtureHttpServer.fixtureBytes("clip.webm"))
                    .json().get("_id").asText();
            Await.until(() -> api.get("/tasks/" + id).json(), t -> t.get("status").asText().equals("ready"),
                    Duration.ofSeconds(20), "webm upload to be ready");
            String video = api.get("/tasks/" + id).json().get("video_id").asText();
            RawClient.Answer refused = api.delete("/tasks/" + id);
            assertEquals(400, refused.status(), "the spec: a ready task's video is deleted first");
            assertEquals("task_cannot_be_deleted", refused.json().get("code").asText());
            assertTrue(refused.json().get("message").asText().contains("/videos/" + video), refused.body());
            assertEquals(204, api.delete("/indexes/" + INDEX + "/videos/" + video).status());
            assertEquals(404, api.get("/indexes/" + INDEX + "/videos/" + video).status());
            assertEquals(204, api.delete("/tasks/" + id).status());
            assertEquals(0, api.get("/tasks").json().get("page_info").get("total_results").asInt());
        }
    }
}
