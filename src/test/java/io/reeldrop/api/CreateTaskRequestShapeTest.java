package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.asContract;
import static io.reeldrop.api.ApiTestSupport.formFields;
import static io.reeldrop.api.ApiTestSupport.json;
import static io.reeldrop.api.ApiTestSupport.jsonAfterContinue;
import static io.reeldrop.api.ApiTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.contract.ApiContract;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code POST /tasks} puts on the wire, per version, checked field by field and against the spec. */
class CreateTaskRequestShapeTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RecordedRequest send(ApiVersion version, CreateTaskRequest request, String answer) throws Exception {
        server.enqueue(json(200, answer));
        try (TwelveLabsClient client = ApiTestSupport.client(server, version)) {
            client.createTask(request);
        }
        return take(server);
    }

    @Test
    void v13UrlTaskSendsStreamFlagAndMetadataButNoLanguage() throws Exception {
        CreateTaskRequest request = CreateTaskRequest.fromUrl("idx1", URI.create("https://example.com/a%20b.mp4"))
                .withLanguage("en").withVideoStream(false).withUserMetadata("{\"team\":\"sales\"}");
        RecordedRequest sent = send(ApiVersion.V1_3, request, "{\"_id\":\"t1\",\"video_id\":\"v1\"}");

        assertEquals("POST", sent.getMethod());
        assertEquals("/v1.3/tasks", sent.getTarget());
        assertEquals(ApiTestSupport.KEY, sent.getHeaders().get("x-api-key"));
        String type = sent.getHeaders().get("Content-Type");
        assertTrue(type.startsWith("multipart/form-data;") && type.contains("boundary="), type);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("index_id", "idx1");
        expected.put("video_url", "https://example.com/a%20b.mp4");
        expected.put("enable_video_stream", "false");
        expected.put("user_metadata", "{\"team\":\"sales\"}");
        assertEquals(expected, formFields(sent));
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
    }

    @Test
    void v12UrlTaskSendsLanguageAndTheNegatedStreamFlag() throws Exception {
        CreateTaskRequest request = CreateTaskRequest.fromUrl("idx2", URI.create("https://example.com/v.mp4"))
                .withLanguage("en").withVideoStream(true);
        RecordedRequest sent = send(ApiVersion.V1_2, request, "{\"_id\":\"t2\"}");

        assertEquals("/v1.2/tasks", sent.getTarget());
        assertEquals(Map.of("index_id", "idx2", "video_url", "https://example.com/v.mp4", "language", "en",
                "disable_video_stream", "false"), formFields(sent));
        ApiContract.forVersion(ApiVersion.V1_2).assertRequest(asContract(sent));
    }

    @Test
    void v12DropsUserMetadataItDoesNotKnow() throws Exception {
        CreateTaskRequest request = CreateTaskRequest.fromUrl("idx", URI.create("https://example.com/v.mp4"))
                .withUserMetadata("{\"a\":1}");
        RecordedRequest sent = send(ApiVersion.V1_2, request, "{\"_id\":\"t\"}");
        assertEquals(Map.of("index_id", "idx", "video_url", "https://example.com/v.mp4"), formFields(sent));
        ApiContract.forVersion(ApiVersion.V1_2).assertRequest(asContract(sent));
    }

    @Test
    void minimalRequestSendsOnlyTheRequiredFields() throws Exception {
        CreatedTask created = null;
        server.enqueue(json(200, "{\"_id\":\"t3\",\"video_id\":\"v3\"}"));
        try (TwelveLabsClient client = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            created = client.createTask(CreateTaskRequest.fromUrl("idx", URI.create("https://e.com/x.mp4")));
        }
        RecordedRequest sent = take(server);
        assertEquals(new CreatedTask("t3", "v3"), created);
        assertEquals(Map.of("index_id", "idx", "video_url", "https://e.com/x.mp4"), formFields(sent));
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
    }

    @Test
    void fileTaskSendsTheFileAsAVideoFilePartWithItsName(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("clip é.mp4");
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Files.write(video, bytes);
        List<long[]> reports = new CopyOnWriteArrayList<>();
        server.enqueue(jsonAfterContinue(200, "{\"_id\":\"t4\"}"));
        try (TwelveLabsClient client = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            client.createTask(CreateTaskRequest.fromFile("idx", video), (sent, total) -> reports.add(new long[]{sent, total}));
        }
        RecordedRequest sent = take(server);
        Map<String, String> fields = formFields(sent);
        assertEquals("idx", fields.get("index_id"));
        assertEquals("file:clip é.mp4:300000", fields.get("video_file"));
        assertEquals("100-continue", sent.getHeaders().get("Expect"), "a refusal must be able to come before the file");
        long[] last = reports.get(reports.size() - 1);
        assertEquals(sent.getBodySize(), last[0], "the last report counts every byte of the body");
        assertEquals(last[0], last[1]);
        assertTrue(reports.size() >= 2, "progress is reported while sending, not only at the end");
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
    }

    @Test
    void aMissingFileIsRefusedWithASentenceBeforeAnythingIsSent(@TempDir Path dir) {
        Path missing = dir.resolve("gone.mp4");
        try (TwelveLabsClient client = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class,
                    () -> client.createTask(CreateTaskRequest.fromFile("idx", missing)));
            assertEquals("Cannot read the video file " + missing + ": check that it exists and that ReelDrop may read it.",
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsSentRatherThanEndingAsOutcomeUnknown(@TempDir Path dir) {
        try (TwelveLabsClient client = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class,
                    () -> client.createTask(CreateTaskRequest.fromFile("idx", dir)));
            assertEquals(dir + " is a folder, not a video file: choose the file itself.", e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
