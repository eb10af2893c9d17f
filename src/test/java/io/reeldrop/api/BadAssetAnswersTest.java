package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers of the multipart and indexed-asset endpoints that would send bytes to the wrong place
 * or cannot be read, with the exact kind and sentence. A creating POST with such an answer is
 * "outcome unknown" (the session may exist); any other call is an invalid response.
 */
class BadAssetAnswersTest {

    private static final long GB = 1L << 30;
    private static final String CREATE = "POST /v1.3/assets/multipart-uploads may or may not have created an upload "
            + "session: 127.0.0.1:PORT answered HTTP 201 but ";
    private static final String CREATE_END = ". ReelDrop did not send it again, so no duplicate was made; look for it "
            + "among the incomplete uploads before trying again; an unused session expires by itself after 24 hours.";
    private static final String UNREADABLE_END = ". Try again; if it keeps happening, the API may have changed or a "
            + "proxy is interfering.";

    private static MockWebServer server;
    private static TwelveLabsClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = TwelveLabsClient.builder(ApiTestSupport.config(server, ApiVersion.V1_3).withMaxAttempts(1))
                .sleeper(d -> { }).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static String session(String fields) {
        return "{\"upload_id\":\"u1\",\"asset_id\":\"a1\"," + fields + "}";
    }

    static Stream<Arguments> sessions() {
        return Stream.of(
                Arguments.of("no chunk size", session("\"total_chunks\":1"),
                        "the upload session has no usable \"chunk_size\" (a whole number of bytes, at least 1)"),
                Arguments.of("zero chunk size", session("\"chunk_size\":0"),
                        "the upload session has no usable \"chunk_size\" (a whole number of bytes, at least 1)"),
                Arguments.of("fractional chunk size", session("\"chunk_size\":5242880.5"),
                        "the upload session has no usable \"chunk_size\" (a whole number of bytes, at least 1)"),
                Arguments.of("one-byte chunks", session("\"chunk_size\":1"),
                        "the upload session splits 1073741824 bytes into chunks of 1 bytes, 1073741824 chunks, more "
                                + "than the 10000 an upload may have"),
                Arguments.of("wrong chunk count", session("\"chunk_size\":104857600,\"total_chunks\":3"),
                        "the upload session says \"total_chunks\" is 3, but 1073741824 bytes in chunks of 104857600 "
                                + "make 11"),
                Arguments.of("file URL", session("\"chunk_size\":104857600,\"upload_urls\":[{\"chunk_index\":1,"
                                + "\"url\":\"file:///etc/passwd\"}]"),
                        "the upload session has an upload URL for chunk 1 that is not an http(s) address (it starts "
                                + "with \"file:///etc/\")"),
                Arguments.of("chunk out of range", session("\"chunk_size\":104857600,\"upload_urls\":[{\"chunk_index\":"
                                + "12,\"url\":\"https://s.example.com/k\"}]"),
                        "the upload session has an upload URL for chunk 12, outside 1 to 11"),
                Arguments.of("URLs not a list", session("\"chunk_size\":104857600,\"upload_urls\":\"https://s\""),
                        "the upload session has \"upload_urls\" that is a JSON string, not an array"),
                Arguments.of("no upload id", "{\"asset_id\":\"a1\",\"chunk_size\":104857600}",
                        "the upload session has no \"upload_id\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void aSessionThatCannotBeTrustedIsOutcomeUnknown(String name, String body, String reason) {
        server.enqueue(json(201, body));
        ApiException e = assertThrows(ApiException.class, () -> client.assets().createMultipartUpload("v.mp4", GB));
        assertEquals(ApiException.Kind.OUTCOME_UNKNOWN, e.kind());
        assertEquals(CREATE.replace("PORT", String.valueOf(server.getPort())) + reason + CREATE_END, e.getMessage());
    }

    static Stream<Arguments> others() {
        return Stream.of(
                Arguments.of("fresh URL to javascript", "{\"upload_urls\":[{\"chunk_index\":2,\"url\":\"javascript:alert(1)\"}]}",
                        "POST /v1.3/assets/multipart-uploads/u1/presigned-urls", "the answer with fresh URLs has an upload URL for "
                                + "chunk 2 that is not an http(s) address (it starts with \"javascript:a\")"),
                Arguments.of("status without status", "{\"upload_id\":\"u1\"}",
                        "GET /v1.3/assets/multipart-uploads/u1?page=1&page_limit=50", "the upload status has no \"status\""),
                Arguments.of("indexed asset as array", "[{\"_id\":\"x\"}]",
                        "GET /v1.3/indexes/i1/indexed-assets/x", "the body is a JSON array where a JSON object was expected"),
                Arguments.of("indexed asset without status", "{\"_id\":\"x\"}",
                        "GET /v1.3/indexes/i1/indexed-assets/x", "the indexed asset has no \"status\""),
                Arguments.of("list item not an object", "{\"data\":[3],\"page_info\":{}}",
                        "GET /v1.3/indexes/i1/indexed-assets", "indexed asset 1 of the page is a JSON number, not an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("others")
    void otherUnusableAnswersAreInvalidResponses(String name, String body, String request, String reason) {
        server.enqueue(json(200, body));
        ApiException e = assertThrows(ApiException.class, () -> {
            if (request.contains("presigned")) {
                client.assets().presignedUrls("u1", 2, 1);
            } else if (request.contains("multipart-uploads/u1")) {
                client.assets().uploadStatus("u1", 1, 50);
            } else if (request.endsWith("/x")) {
                client.assets().getIndexedAsset("i1", "x");
            } else {
                client.assets().listIndexedAssets("i1", IndexedAssetQuery.all());
            }
        });
        assertEquals(ApiException.Kind.INVALID_RESPONSE, e.kind());
        assertEquals(request + " returned an answer ReelDrop cannot read (HTTP 200 from 127.0.0.1:" + server.getPort()
                + "): " + reason + UNREADABLE_END,
                e.getMessage());
    }
}
