package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static io.reeldrop.api.ApiTestSupport.asContract;
import static io.reeldrop.api.ApiTestSupport.json;
import static io.reeldrop.api.ApiTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reeldrop.contract.ApiContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reading calls: their URLs and queries as sent (checked against the spec), paging, rate limits. */
class RequestsContractTest {

    private static final String EMPTY_PAGE =
            "{\"data\":[],\"page_info\":{\"limit_per_page\":50,\"page\":1,\"total_page\":1,\"total_results\":0}}";

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static TaskQuery everyFilter() {
        return TaskQuery.all().withIndexId("idx").withStatuses(List.of(TaskStatus.READY, TaskStatus.FAILED))
                .withCreatedAt(Instant.parse("2024-03-01T00:00:00.750Z")).withUpdatedAt(Instant.parse("2024-03-02T10:20:30Z"))
                .withFilename("my clip.mp4").sortedBy(TaskQuery.SortBy.UPDATED_AT, TaskQuery.SortOption.ASC)
                .withPage(2).withPageLimit(50);
    }

    private static String page(int page, int totalPage, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",").append("{\"_id\":\"").append(id).append("\",\"status\":\"ready\"}");
        }
        return "{\"data\":[" + data + "],\"page_info\":{\"limit_per_page\":50,\"page\":" + page
                + ",\"total_page\":" + totalPage + ",\"total_results\":" + (totalPage * 2) + "}}";
    }

    @Test
    void v13TaskListSendsEveryFilterAsTheSpecNamesIt() throws Exception {
        server.enqueue(json(200, EMPTY_PAGE));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            c.listTasks(everyFilter());
        }
        RecordedRequest sent = take(server);
        HttpUrl url = sent.getUrl();
        assertEquals("/v1.3/tasks", url.encodedPath());
        assertEquals(List.of("ready", "failed"), url.queryParameterValues("status"));
        assertEquals("2024-03-01T00:00:00Z", url.queryParameter("created_at"));
        assertEquals("2024-03-02T10:20:30Z", url.queryParameter("updated_at"));
        assertEquals("my clip.mp4", url.queryParameter("filename"));
        assertEquals("idx", url.queryParameter("index_id"));
        assertEquals("updated_at", url.queryParameter("sort_by"));
        assertEquals("asc", url.queryParameter("sort_option"));
        assertEquals("2", url.queryParameter("page"));
        assertEquals("50", url.queryParameter("page_limit"));
        assertEquals(KEY, sent.getHeaders().get("x-api-key"));
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
        ApiContract.forVersion(ApiVersion.V1_3).assertResponse("GET", sent.getTarget(), 200, EMPTY_PAGE);
    }

    @Test
    void v12HasNoStatusFilterSoThePageIsFilteredHere() throws Exception {
        server.enqueue(json(200, "{\"data\":[{\"_id\":\"a\",\"status\":\"ready\"},{\"_id\":\"b\",\"status\":\"indexing\"},"
                + "{\"_id\":\"c\",\"status\":\"failed\"}],\"page_info\":{\"limit_per_page\":50,\"page\":2,"
                + "\"total_page\":2,\"total_results\":53}}"));
        Page<Task> page;
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_2)) {
            page = c.listTasks(everyFilter());
        }
        RecordedRequest sent = take(server);
        assertEquals(List.of(), sent.getUrl().queryParameterValues("status"));
        assertEquals(List.of("a", "c"), page.data().stream().map(Task::id).toList());
        assertEquals(53, page.pageInfo().totalResults());
        ApiContract.forVersion(ApiVersion.V1_2).assertRequest(asContract(sent));
    }

    @Test
    void listAllTasksWalksEveryPageWithTheLargestPageSize() throws Exception {
        server.enqueue(json(200, page(1, 3, "a", "b")));
        server.enqueue(json(200, page(2, 3, "c", "d")));
        server.enqueue(json(200, page(3, 3, "e")));
        List<Task> all;
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            all = c.listAllTasks(TaskQuery.all().withIndexId("idx"));
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), all.stream().map(Task::id).toList());
        for (int expectedPage = 1; expectedPage <= 3; expectedPage++) {
            RecordedRequest sent = take(server);
            assertEquals(String.valueOf(expectedPage), sent.getUrl().queryParameter("page"));
            assertEquals("50", sent.getUrl().queryParameter("page_limit"));
            assertEquals("idx", sent.getUrl().queryParameter("index_id"));
            ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void listAllStopsWhenTheServerRepeatsAPage() {
        server.enqueue(json(200, page(1, 9, "a")));
        server.enqueue(json(200, page(1, 9, "a")));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            assertEquals(2, c.listAllTasks(TaskQuery.all()).size());
        }
        assertEquals(2, server.getRequestCount(), "a server stuck on page 1 does not make the walk loop forever");
    }

    @Test
    void deleteSendsTheKeyAndAcceptsNoContent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            c.deleteTask("663da73b31cdd0c1f638a8e6");
        }
        RecordedRequest sent = take(server);
        assertEquals("DELETE", sent.getMethod());
        assertEquals("/v1.3/tasks/663da73b31cdd0c1f638a8e6", sent.getTarget());
        assertEquals(KEY, sent.getHeaders().get("x-api-key"));
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
        ApiContract.forVersion(ApiVersion.V1_3).assertResponse("DELETE", sent.getTarget(), 204, "");
    }

    @Test
    void idsAreEncodedAsOnePathSegment() throws Exception {
        server.enqueue(json(200, "{\"_id\":\"a/b?c\",\"status\":\"ready\"}"));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            c.getTask("a/b?c");
        }
        RecordedRequest sent = take(server);
        assertEquals("/v1.3/tasks/a%2Fb%3Fc", sent.getTarget());
        assertEquals(KEY, sent.getHeaders().get("x-api-key"));
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(sent));
    }

    @Test
    void indexCallsMatchTheSpec() throws Exception {
        server.enqueue(json(200, EMPTY_PAGE));
        server.enqueue(json(200, "{\"_id\":\"i1\",\"index_name\":\"n\"}"));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            c.listIndexes(3, 20);
            c.getIndex("i1");
        }
        RecordedRequest list = take(server);
        assertEquals("/v1.3/indexes?page=3&page_limit=20", list.getTarget());
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(list));
        RecordedRequest get = take(server);
        assertEquals("/v1.3/indexes/i1", get.getTarget());
        ApiContract.forVersion(ApiVersion.V1_3).assertRequest(asContract(get));
    }

    @Test
    void theLastRateLimitHeadersAreExposed() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"_id\":\"a\",\"status\":\"ready\"}")
                .setHeader("X-Ratelimit-Limit", "600").setHeader("X-Ratelimit-Remaining", "598")
                .setHeader("X-Ratelimit-Used", "2").setHeader("X-Ratelimit-Reset", "1767225600").build());
        server.enqueue(json(200, "{\"_id\":\"a\",\"status\":\"ready\"}"));
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            assertEquals(Optional.empty(), c.lastRateLimit());
            c.getTask("a");
            RateLimit expected = new RateLimit(600, 598, 2, Instant.ofEpochSecond(1767225600));
            assertEquals(Optional.of(expected), c.lastRateLimit());
            c.getTask("a");
            assertEquals(Optional.of(expected), c.lastRateLimit(), "an answer without the headers keeps the last known");
        }
    }

    @Test
    void emptyIdsAndBadPagesAreRefusedBeforeAnyRequest() {
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            assertEquals("The task ID is empty.", assertThrows(IllegalArgumentException.class, () -> c.getTask(" ")).getMessage());
            assertThrows(IllegalArgumentException.class, () -> c.deleteTask(""));
            assertThrows(IllegalArgumentException.class, () -> c.getIndex(null));
            assertThrows(IllegalArgumentException.class, () -> c.listIndexes(0, 10));
            assertThrows(IllegalArgumentException.class, () -> c.listIndexes(1, 51));
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void idsThatWouldWalkThePathOrHoldControlCharactersAreRefusedBeforeAnyRequest() {
        try (TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3)) {
            for (String id : List.of("..", ".", "a b", "a\r\nX-Injected: 1", "\u001b[2J", "x".repeat(129), "\u202Eabc")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.getTask(id), id);
                assertTrue(e.getMessage().startsWith("The task ID "), e.getMessage());
                assertFalse(e.getMessage().matches("(?s).*[\\p{Cc}\\u202E].*"), "the sentence is printable: " + e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> c.assets().getIndexedAsset("i1", id), id);
            }
        }
        assertEquals(0, server.getRequestCount(), "nothing was sent");
    }

    @Test
    void aClosedClientSaysSoInsteadOfFailingSomewhereInside() {
        TwelveLabsClient c = ApiTestSupport.client(server, ApiVersion.V1_3);
        c.close();
        IllegalStateException e = Assertions.assertThrows(IllegalStateException.class, () -> c.getTask("abc"));
        assertEquals("This TwelveLabsClient is closed; create a new one to call the API.", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
