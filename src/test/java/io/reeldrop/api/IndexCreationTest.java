package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.asContract;
import static io.reeldrop.api.ApiTestSupport.json;
import static io.reeldrop.api.ApiTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.contract.ApiContract;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /indexes} as each version documents it: {@code models} in v1.3, {@code engines}
 * in v1.2, checked against the project's contract both ways; never sent twice.
 */
class IndexCreationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CreateIndexRequest ONE_MODEL = new CreateIndexRequest("once",
            List.of(new IndexModel("marengo3.0", List.of("visual"))), List.of());
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void v13SendsModelsWithTheirOptionsAndTheAddon() throws Exception {
        String answer = "{\"_id\":\"62d85fe7340fa665f1fda5dd\"}";
        server.enqueue(json(201, answer));
        CreateIndexRequest request = new CreateIndexRequest("holiday clips", List.of(
                new IndexModel("marengo3.0", List.of("visual", "audio")), new IndexModel("pegasus1.2", List.of("visual"))),
                List.of(IndexModels.THUMBNAIL));
        String id;
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            id = c.createIndex(request);
        }
        assertEquals("62d85fe7340fa665f1fda5dd", id);
        RecordedRequest sent = take(server);
        assertEquals("POST", sent.getMethod());
        assertEquals("/v1.3/indexes", sent.getTarget());
        JsonNode body = JSON.readTree(sent.getBody().utf8());
        assertEquals("holiday clips", body.get("index_name").asText());
        assertEquals("marengo3.0", body.get("models").get(0).get("model_name").asText());
        assertEquals("[\"visual\",\"audio\"]", body.get("models").get(0).get("model_options").toString());
        assertEquals("pegasus1.2", body.get("models").get(1).get("model_name").asText());
        assertEquals("[\"thumbnail\"]", body.get("addons").toString());
        ApiContract spec = ApiContract.forVersion(ApiVersion.V1_3);
        spec.assertRequest(asContract(sent));
        spec.assertResponse("POST", sent.getTarget(), 201, answer);
    }

    @Test
    void v12SendsEnginesAndNoAddonsWhenNoneWasChosen() throws Exception {
        String answer = "{\"_id\":\"62d85fe7340fa665f1fda5de\"}";
        server.enqueue(json(201, answer));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_2)) {
            c.createIndex(new CreateIndexRequest("old style", List.of(
                    new IndexModel("marengo2.6", List.of("visual", "conversation", "text_in_video", "logo"))), List.of()));
        }
        RecordedRequest sent = take(server);
        JsonNode body = JSON.readTree(sent.getBody().utf8());
        assertEquals("marengo2.6", body.get("engines").get(0).get("engine_name").asText());
        assertEquals(4, body.get("engines").get(0).get("engine_options").size());
        assertTrue(!body.has("models") && !body.has("addons"), body.toString());
        ApiContract spec = ApiContract.forVersion(ApiVersion.V1_2);
        spec.assertRequest(asContract(sent));
        spec.assertResponse("POST", sent.getTarget(), 201, answer);
    }

    @Test
    void aLostAnswerIsNotSentAgain() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(json(201, "{\"_id\":\"second\"}"));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            ApiException lost = assertThrows(ApiException.class, () -> c.createIndex(ONE_MODEL));
            assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, lost.kind());
            assertTrue(lost.getMessage().endsWith("refresh the index list and look for it before trying again."),
                    lost.getMessage());
        }
        assertEquals(1, server.getRequestCount(), "sent once, never again");
    }

    @Test
    void aTakenNameIsAnOrdinaryRefusalWithTheApisSentence() {
        server.enqueue(json(409, "{\"code\":\"index_name_already_exists\",\"message\":\"Index name once already "
                + "exists. Please use another unique name and try again.\"}"));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            ApiException taken = assertThrows(ApiException.class, () -> c.createIndex(ONE_MODEL));
            assertEquals(ApiException.Kind.API_ERROR, taken.kind());
            assertTrue(taken.getMessage().contains("Please use another unique name"), taken.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anEmptyNameOrNoModelIsRefusedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> new CreateIndexRequest(" ", List.of(
                new IndexModel("marengo3.0", List.of("visual"))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CreateIndexRequest("x", List.of(), List.of()));
        assertEquals(0, server.getRequestCount());
    }
}
