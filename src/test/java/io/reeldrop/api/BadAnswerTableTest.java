package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reeldrop.api.ApiException.Kind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad answer a server or proxy can give, with the exact error kind and sentence
 * the client must produce. One attempt per call, so the message is that of a single answer.
 */
class BadAnswerTableTest {

    private static final String GET = "GET /v1.3/tasks/abc";
    private static final String LIST = "GET /v1.3/tasks?page=1&page_limit=10";
    private static final String POST = "POST /v1.3/tasks";
    private static final String DELETE = "DELETE /v1.3/tasks/abc";

    private static final String HTML = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
            + "<body><center>nginx</center></body></html>";
    private static final String TRUNCATED = "{\"code\":\"x\",\"message\":\"abc";
    private static final String TEXT = "Service Unavailable";
    private static final String ARRAY = "[{\"code\":\"x\"}]";
    private static final String HUGE = "{\"pad\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";

    private static final Map<Integer, String> ADVICE = Map.ofEntries(
            Map.entry(400, "Check the values sent."),
            Map.entry(401, "Check the API key in the settings: it is wrong or has expired."),
            Map.entry(403, "This API key may not do this; check the key and your plan."),
            Map.entry(404, "Check the ID and the API URL: the item does not exist, was deleted, or belongs to another account."),
            Map.entry(408, "The server gave up waiting for the request; try again."),
            Map.entry(413, "The upload is too large for the API (2 GB at most)."),
            Map.entry(429, "You reached the API's rate limit; wait a minute and try again."),
            Map.entry(500, "The service, or a proxy on the way, is having trouble; try again in a few minutes."),
            Map.entry(502, "The service, or a proxy on the way, is having trouble; try again in a few minutes."),
            Map.entry(503, "The service, or a proxy on the way, is having trouble; try again in a few minutes."),
            Map.entry(504, "The service, or a proxy on the way, is having trouble; try again in a few minutes."));

    private static final String UNREADABLE_ADVICE =
            ". Try again; if it keeps happening, the API may have changed or a proxy is interfering.";
    private static final String UNKNOWN_ADVICE = ". ReelDrop did not send it again, so no duplicate was made; "
            + "look for the task in the task list before trying again.";

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

    private static Arguments row(String name, String call, MockResponse answer, Kind kind, String message) {
        return Arguments.of(name, call, answer, kind, message);
    }

    private static MockResponse answer(int code, String body, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    static Stream<Arguments> cases() {
        List<Arguments> rows = new ArrayList<>();
        // Every sentence names the server; the table's runs on this loopback port.
        String from = " from 127.0.0.1:" + server.getPort();
        // Error statuses x bodies that are not the API's JSON: 11 x 5 = 55 rows.
        Map<String, String> bodies = Map.of(
                "empty", "", "html", HTML, "truncated", TRUNCATED, "text", TEXT, "array", ARRAY);
        Map<String, String> reasons = Map.of(
                "empty", "the body is empty",
                "html", "the body is an HTML page (\"502 Bad Gateway\"), not JSON",
                "truncated", "the JSON breaks off after " + TRUNCATED.length() + " bytes",
                "text", "the body is not JSON (it starts with \"Service Unavailable\")",
                "array", "the body is a JSON array where a JSON object was expected");
        for (int status : new int[]{400, 401, 403, 404, 408, 413, 429, 500, 502, 503, 504}) {
            for (String body : List.of("empty", "html", "truncated", "text", "array")) {
                rows.add(row(status + " " + body, GET, answer(status, bodies.get(body)), Kind.API_ERROR,
                        GET + " failed with HTTP " + status + from + ": " + reasons.get(body) + ". " + ADVICE.get(status)));
            }
        }
        // The API's own error objects.
        rows.add(row("404 resource_not_exist", GET,
                answer(404, "{\"code\":\"resource_not_exist\",\"message\":\"The task abc does not exist.\","
                        + "\"docs_url\":\"https://docs.twelvelabs.io/v1.3/api-reference/error-codes\"}"),
                Kind.API_ERROR, GET + " failed with HTTP 404 (resource_not_exist)" + from + ": The task abc does not exist. "
                        + ADVICE.get(404) + " See https://docs.twelvelabs.io/v1.3/api-reference/error-codes."));
        rows.add(row("401 key echoed back", GET,
                answer(401, "{\"code\":\"api_key_invalid\",\"message\":\"The key " + KEY + " is not valid\"}"),
                Kind.API_ERROR, GET + " failed with HTTP 401 (api_key_invalid)" + from + ": The key [hidden] is not valid. "
                        + ADVICE.get(401)));
        rows.add(row("400 code without message", GET, answer(400, "{\"code\":\"parameter_invalid\"}"),
                Kind.API_ERROR, GET + " failed with HTTP 400 (parameter_invalid)" + from + ": the API gave no message. "
                        + ADVICE.get(400)));
        rows.add(row("500 object without code", GET, answer(500, "{\"error\":true}"), Kind.API_ERROR,
                GET + " failed with HTTP 500" + from + ": the body has no error code or message. " + ADVICE.get(500)));
        rows.add(row("429 with reset header", GET, answer(429, "", "X-Ratelimit-Reset", "1767225600"),
                Kind.API_ERROR, GET + " failed with HTTP 429" + from + ": the body is empty. "
                        + "You reached the API's rate limit; it resets at 00:00:00 UTC."));
        rows.add(row("500 huge body", GET, answer(500, HUGE), Kind.API_ERROR,
                GET + " failed with HTTP 500" + from + ": the body is larger than 8 MB. " + ADVICE.get(500)));
        rows.add(row("400 multi-line message", GET,
                answer(400, "{\"code\":\"parameter_invalid\",\"message\":\"bad\\n  value.\"}"), Kind.API_ERROR,
                GET + " failed with HTTP 400 (parameter_invalid)" + from + ": bad value. " + ADVICE.get(400)));
        rows.add(row("302 without Location", GET, answer(302, ""), Kind.API_ERROR,
                GET + " failed with HTTP 302" + from + ": the body is empty. Check the API URL in the settings."));
        rows.add(row("302 to another site", GET, answer(302, "", "Location", "http://elsewhere.example:8080/steal"),
                Kind.API_ERROR, GET + " was redirected (HTTP 302) to another site, http://elsewhere.example:8080; "
                        + "ReelDrop did not follow, so your API key was not sent there. Check the API URL in the settings."));
        // 2xx answers that are not a task.
        String unreadable = GET + " returned an answer ReelDrop cannot read (HTTP 200" + from + "): ";
        rows.add(row("200 empty", GET, answer(200, ""), Kind.INVALID_RESPONSE, unreadable + "the body is empty" + UNREADABLE_ADVICE));
        rows.add(row("204 on a GET", GET, answer(204, ""), Kind.INVALID_RESPONSE,
                GET + " returned an answer ReelDrop cannot read (HTTP 204" + from + "): the body is empty" + UNREADABLE_ADVICE));
        rows.add(row("200 html", GET, answer(200, HTML), Kind.INVALID_RESPONSE,
                unreadable + "the body is an HTML page (\"502 Bad Gateway\"), not JSON" + UNREADABLE_ADVICE));
        rows.add(row("200 truncated", GET, answer(200, "{\"_id\":\"abc\",\"sta"), Kind.INVALID_RESPONSE,
                unreadable + "the JSON breaks off after 17 bytes" + UNREADABLE_ADVICE));
        rows.add(row("200 text", GET, answer(200, "OK"), Kind.INVALID_RESPONSE,
                unreadable + "the body is not JSON (it starts with \"OK\")" + UNREADABLE_ADVICE));
        rows.add(row("200 array", GET, answer(200, "[]"), Kind.INVALID_RESPONSE,
                unreadable + "the body is a JSON array where a JSON object was expected" + UNREADABLE_ADVICE));
        rows.add(row("200 string", GET, answer(200, "\"ready\""), Kind.INVALID_RESPONSE,
                unreadable + "the body is a JSON string where a JSON object was expected" + UNREADABLE_ADVICE));
        rows.add(row("200 null", GET, answer(200, "null"), Kind.INVALID_RESPONSE,
                unreadable + "the body is a JSON null where a JSON object was expected" + UNREADABLE_ADVICE));
        rows.add(row("200 no _id", GET, answer(200, "{\"status\":\"ready\"}"), Kind.INVALID_RESPONSE,
                unreadable + "the task has no \"_id\"" + UNREADABLE_ADVICE));
        rows.add(row("200 numeric _id", GET, answer(200, "{\"_id\":42,\"status\":\"ready\"}"), Kind.INVALID_RESPONSE,
                unreadable + "the task has a \"_id\" that is a JSON number, not text" + UNREADABLE_ADVICE));
        rows.add(row("200 no status", GET, answer(200, "{\"_id\":\"abc\"}"), Kind.INVALID_RESPONSE,
                unreadable + "the task has no \"status\"" + UNREADABLE_ADVICE));
        rows.add(row("200 object status", GET, answer(200, "{\"_id\":\"abc\",\"status\":{\"v\":1}}"),
                Kind.INVALID_RESPONSE, unreadable + "the task has a \"status\" that is a JSON object, not text"
                        + UNREADABLE_ADVICE));
        rows.add(row("200 empty status", GET, answer(200, "{\"_id\":\"abc\",\"status\":\" \"}"), Kind.INVALID_RESPONSE,
                unreadable + "the task has an empty \"status\"" + UNREADABLE_ADVICE));
        rows.add(row("200 huge", GET, answer(200, HUGE), Kind.INVALID_RESPONSE,
                unreadable + "the body is larger than 8 MB" + UNREADABLE_ADVICE));
        // Lists.
        String badList = LIST + " returned an answer ReelDrop cannot read (HTTP 200" + from + "): ";
        rows.add(row("list without data", LIST, answer(200, "{\"page_info\":{}}"), Kind.INVALID_RESPONSE,
                badList + "the list has no \"data\"" + UNREADABLE_ADVICE));
        rows.add(row("list data object", LIST, answer(200, "{\"data\":{}}"), Kind.INVALID_RESPONSE,
                badList + "the list's \"data\" is a JSON object, not an array" + UNREADABLE_ADVICE));
        rows.add(row("list item number", LIST, answer(200, "{\"data\":[{\"_id\":\"a\",\"status\":\"ready\"},7]}"),
                Kind.INVALID_RESPONSE, badList + "task 2 of the page is a JSON number, not an object" + UNREADABLE_ADVICE));
        rows.add(row("list item without _id", LIST, answer(200, "{\"data\":[{\"status\":\"ready\"}]}"),
                Kind.INVALID_RESPONSE, badList + "task 1 of the page has no \"_id\"" + UNREADABLE_ADVICE));
        // Task creation: a failed answer after the body was sent leaves the outcome unknown.
        String unknown = POST + " may or may not have created a task: ";
        rows.add(row("POST 500", POST, answer(500, ""), Kind.OUTCOME_UNKNOWN,
                unknown + from.substring(6) + " answered HTTP 500" + UNKNOWN_ADVICE));
        rows.add(row("POST 502 html", POST, answer(502, HTML), Kind.OUTCOME_UNKNOWN,
                unknown + from.substring(6) + " answered HTTP 502" + UNKNOWN_ADVICE));
        rows.add(row("POST 408", POST, answer(408, ""), Kind.OUTCOME_UNKNOWN,
                unknown + from.substring(6) + " answered HTTP 408" + UNKNOWN_ADVICE));
        rows.add(row("POST 200 empty", POST, answer(200, ""), Kind.OUTCOME_UNKNOWN,
                unknown + from.substring(6) + " answered HTTP 200 but the body is empty" + UNKNOWN_ADVICE));
        rows.add(row("POST 200 without _id", POST, answer(200, "{\"type\":\"index_task_create\"}"),
                Kind.OUTCOME_UNKNOWN, unknown + from.substring(6) + " answered HTTP 200 but the answer has no \"_id\"" + UNKNOWN_ADVICE));
        rows.add(row("POST 400 parameter_invalid", POST,
                answer(400, "{\"code\":\"parameter_invalid\",\"message\":\"The video_url parameter is invalid.\"}"),
                Kind.API_ERROR, POST + " failed with HTTP 400 (parameter_invalid)" + from + ": The video_url parameter is invalid. "
                        + ADVICE.get(400)));
        rows.add(row("POST 429", POST, answer(429, "{\"code\":\"too_many_requests\",\"message\":\"Slow down\"}"),
                Kind.API_ERROR, POST + " failed with HTTP 429 (too_many_requests)" + from + ": Slow down. " + ADVICE.get(429)));
        rows.add(row("DELETE 400 not deletable", DELETE,
                answer(400, "{\"code\":\"task_cannot_be_deleted\",\"message\":\"Only ready or failed tasks can be deleted.\"}"),
                Kind.API_ERROR, DELETE + " failed with HTTP 400 (task_cannot_be_deleted)" + from + ": "
                        + "Only ready or failed tasks can be deleted. " + ADVICE.get(400)));
        return rows.stream();
    }

    private static Consumer<TwelveLabsClient> call(String call) {
        return switch (call) {
            case GET -> c -> c.getTask("abc");
            case LIST -> c -> c.listTasks(TaskQuery.all().withPage(1).withPageLimit(10));
            case POST -> c -> c.createTask(CreateTaskRequest.fromUrl("idx", URI.create("https://e.com/v.mp4")));
            case DELETE -> c -> c.deleteTask("abc");
            default -> throw new IllegalArgumentException(call);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badAnswerGivesTheExactKindAndSentence(String name, String call, MockResponse answer, Kind kind,
                                               String message) throws Exception {
        server.enqueue(answer);
        ApiException e = assertThrows(ApiException.class, () -> call(call).accept(client));
        ApiTestSupport.take(server);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(call, e.request());
        assertEquals(answer.getCode(), e.httpStatus());
        assertFalse(e.getMessage().contains(KEY));
    }
}
