package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a server says reaches a sentence only with the key hidden before any cut, on one line,
 * and without a character a terminal or a log would act on (issue 11, items 8 and 10).
 */
class ServerTextTest {

    /** The first characters of the key: a sentence that holds them leaks the key's prefix. */
    private static final String PREFIX = KEY.substring(0, 9);
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

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

    /** Bodies that put the key across the 300-character cut of a message or the 60 of a quote. */
    static Stream<String> keyAcrossACut() {
        return Stream.of(
                "{\"code\":\"x\",\"message\":\"" + "m".repeat(290) + KEY + "\"}",
                "{\"code\":\"x\",\"message\":\"" + "m".repeat(295) + " " + KEY + " tail\"}",
                "{\"code\":\"" + "c".repeat(290) + KEY + "\"}",
                "plain text " + "p".repeat(40) + KEY,
                "<html><title>" + "t".repeat(50) + KEY + "</title></html>",
                "{\"code\":\"x\",\"docs_url\":\"https://d.example/" + "d".repeat(280) + KEY + "\"}");
    }

    @ParameterizedTest
    @MethodSource("keyAcrossACut")
    void aKeyThatStraddlesTheCutLeavesNoPrefixInTheSentence(String body) throws Exception {
        server.enqueue(json(400, body));
        ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
        ApiTestSupport.take(server);
        for (String text : new String[]{e.getMessage(), e.apiMessage(), e.code(), e.docsUrl()}) {
            assertFalse(text != null && text.contains(PREFIX), "part of the key leaked: " + text);
        }
    }

    @Test
    void aKeyInAnAnswerIsHiddenInTheRawAnswerKeptToo() throws Exception {
        server.enqueue(json(200, "{\"_id\":\"abc\",\"status\":\"failed\",\"error_reason\":\"bad key " + KEY + "\"}"));
        Task task = client.getTask("abc");
        ApiTestSupport.take(server);
        assertFalse(task.rawJson().contains(PREFIX), task.rawJson());
        assertEquals("bad key [hidden]", task.errorReason());
    }

    static List<String> controlCharacters() {
        return List.of("\u001b[2J\u001b[31mred", "line\r\nFAKE: injected", "bell\u0007", "csi\u009b31m", "rtl\u202Etxt.exe",
                "tab\tand\u000bvt", "nul\u0000byte", "del\u007f");
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void controlCharactersFromTheServerNeverReachASentence(String nasty) throws Exception {
        String escaped = nasty.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat);
        server.enqueue(json(400, "{\"code\":\"" + escaped + "\",\"message\":\"" + escaped + "\"}"));
        ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
        ApiTestSupport.take(server);
        assertFalse(UNSAFE.matcher(e.getMessage()).find(), "raw control character in: " + e.getMessage());

        server.enqueue(new MockResponse.Builder().code(502).body("<title>" + nasty + "</title>").build());
        ApiException html = assertThrows(ApiException.class, () -> client.getTask("abc"));
        ApiTestSupport.take(server);
        assertFalse(UNSAFE.matcher(html.getMessage()).find(), "raw control character in: " + html.getMessage());
        assertTrue(html.getMessage().contains("HTML page"), html.getMessage());
    }
}
