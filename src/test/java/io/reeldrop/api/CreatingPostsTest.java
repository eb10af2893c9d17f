package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The POSTs that create something are never sent twice once they may have arrived: a lost, failed
 * or unreadable answer is {@link ApiException.Kind#OUTCOME_UNKNOWN} after exactly one request,
 * with a sentence saying where to look. The POSTs that only report or ask are retried.
 */
class CreatingPostsTest {

    private static final String INDEX = "73616e64626f780000000001";

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

    static Stream<Arguments> creatingPosts() {
        Consumer<AssetsApi> asset = a -> a.createAsset(CreateAssetRequest.fromUrl(URI.create("https://e.com/v.mp4")));
        Consumer<AssetsApi> upload = a -> a.createMultipartUpload("v.mp4", 10_000_000);
        Consumer<AssetsApi> index = a -> a.createIndexedAsset(INDEX, "a1", true);
        return Stream.of(
                Arguments.of("POST /v1.3/assets", asset, "an asset",
                        "look for the asset in the asset list before trying again."),
                Arguments.of("POST /v1.3/assets/multipart-uploads", upload, "an upload session",
                        "look for it among the incomplete uploads before trying again; an unused session expires by "
                                + "itself after 24 hours."),
                Arguments.of("POST /v1.3/indexes/" + INDEX + "/indexed-assets", index, "an indexed asset",
                        "look for the asset in the index's indexed assets before trying again."));
    }

    private static MockResponse dropAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingPosts")
    void aLostAnswerIsOutcomeUnknownAndTheRequestIsNotSentAgain(String request, Consumer<AssetsApi> call, String thing,
                                                                String reconcile) {
        server.enqueue(dropAfterRequest());
        server.enqueue(json(201, "{\"_id\":\"second\"}"));
        ApiException e = assertThrows(ApiException.class, () -> call.accept(client.assets()));
        assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, e.kind());
        assertEquals(request + " may or may not have created " + thing + ": 127.0.0.1:" + server.getPort()
                + " closed the connection without answering. ReelDrop did not send it again, so no duplicate was made; "
                + reconcile, e.getMessage());
        assertEquals(1, server.getRequestCount(), "sent once, never again");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingPosts")
    void aServerErrorOrAnUnreadableAnswerIsOutcomeUnknownToo(String request, Consumer<AssetsApi> call, String thing,
                                                            String reconcile) {
        server.enqueue(json(502, "<html><title>Bad Gateway</title></html>"));
        ApiException failed = assertThrows(ApiException.class, () -> call.accept(client.assets()));
        assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, failed.kind());
        assertEquals(request + " may or may not have created " + thing + ": 127.0.0.1:" + server.getPort() + " answered HTTP 502. ReelDrop "
                + "did not send it again, so no duplicate was made; " + reconcile, failed.getMessage());

        server.enqueue(json(201, "{\"id\":\"no underscore\"}"));
        ApiException unreadable = assertThrows(ApiException.class, () -> call.accept(client.assets()));
        assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, unreadable.kind());
        assertEquals(2, server.getRequestCount(), "one request per call");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingPosts")
    void aRefusalIsAnOrdinaryErrorNotAnUnknownOutcome(String request, Consumer<AssetsApi> call, String thing,
                                                     String reconcile) {
        server.enqueue(json(400, "{\"code\":\"parameter_invalid\",\"message\":\"The asset is not ready.\"}"));
        ApiException e = assertThrows(ApiException.class, () -> call.accept(client.assets()));
        assertEquals(ApiException.Kind.API_ERROR, e.kind());
        assertEquals(request + " failed with HTTP 400 (parameter_invalid) from 127.0.0.1:" + server.getPort() + ": The asset is not ready. Check the values "
                + "sent.", e.getMessage());
    }

    @Test
    void reportingChunksAndAskingForUrlsAreRetriedAfterALostAnswer() {
        server.enqueue(dropAfterRequest());
        server.enqueue(json(200, "{\"total_completed\":1}"));
        assertEquals(1, client.assets().reportChunks("u1", List.of(new CompletedChunk(1, "e", 5))).totalCompleted());
        server.enqueue(dropAfterRequest());
        server.enqueue(json(200, "{\"upload_urls\":[{\"chunk_index\":1,\"url\":\"https://s.example.com/k?sig=1\"}]}"));
        assertEquals(1, client.assets().presignedUrls("u1", 1, 1).size());
        assertEquals(4, server.getRequestCount(), "each sent twice: a report or a URL request may be repeated");
    }
}
