package io.reeldrop.api;

import static io.reeldrop.api.ApiTestSupport.KEY;
import static io.reeldrop.api.ApiTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API key goes to the configured origin only, and never into logs, messages or toString(). */
class SecurityTest {

    private final MockWebServer api = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        api.start();
        elsewhere.start();
    }

    @AfterEach
    void stop() {
        api.close();
        elsewhere.close();
    }

    @Test
    void aRedirectToAnotherOriginIsNotFollowedSoTheKeyStaysHome() throws Exception {
        String target = "http://127.0.0.1:" + elsewhere.getPort() + "/v1.3/tasks/abc";
        api.enqueue(new MockResponse.Builder().code(307).setHeader("Location", target).build());
        elsewhere.enqueue(json(200, "{\"_id\":\"abc\",\"status\":\"ready\"}"));
        try (TwelveLabsClient client = ApiTestSupport.client(api, ApiVersion.V1_3)) {
            ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
            assertEquals(ApiException.Kind.API_ERROR, e.kind());
            assertTrue(e.getMessage().contains("to another site, http://127.0.0.1:" + elsewhere.getPort()
                    + "; ReelDrop did not follow, so your API key was not sent there."), e.getMessage());
        }
        assertEquals(0, elsewhere.getRequestCount(), "nothing reached the other origin");
        assertEquals(1, api.getRequestCount());
    }

    @Test
    void aRedirectWithinTheApiOriginIsFollowedWithTheKey() throws Exception {
        api.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/v1.3/tasks/moved").build());
        api.enqueue(json(200, "{\"_id\":\"moved\",\"status\":\"ready\"}"));
        try (TwelveLabsClient client = ApiTestSupport.client(api, ApiVersion.V1_3)) {
            assertEquals("moved", client.getTask("abc").id());
        }
        ApiTestSupport.take(api);
        RecordedRequest second = ApiTestSupport.take(api);
        assertEquals("/v1.3/tasks/moved", second.getTarget());
        assertEquals(KEY, second.getHeaders().get("x-api-key"));
    }

    @Test
    void tlsCertificatesAreCheckedAndNothingIsSentToAnUntrustedServer() throws Exception {
        MockWebServer tls = new MockWebServer();
        tls.useHttps(SelfSignedTls.serverContext().getSocketFactory());
        tls.start();
        try (TwelveLabsClient client = TwelveLabsClient.create(ApiConfig.of(
                URI.create("https://127.0.0.1:" + tls.getPort() + "/v1.3"), ApiKey.of(KEY)))) {
            ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
            assertEquals(ApiException.Kind.CONFIGURATION, e.kind());
            assertFalse(e.isTransient(), "waiting does not make a certificate trusted");
            assertTrue(e.getMessage().startsWith("GET /v1.3/tasks/abc failed: cannot reach 127.0.0.1:" + tls.getPort()
                    + " securely: the server's certificate is not trusted ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("ReelDrop always checks the server's certificate and did not send the "
                    + "request: check the API URL, the computer's date and time, and any proxy or antivirus that "
                    + "intercepts HTTPS."), e.getMessage());

            // The handshake fails while connecting, so even a creating POST provably never arrived:
            // not an unknown outcome to reconcile, but "not sent", at once and without a retry.
            ApiException post = assertThrows(ApiException.class, () -> client.createTask(
                    CreateTaskRequest.fromUrl("idx", URI.create("https://e.com/v.mp4"))));
            assertEquals(ApiException.Kind.CONFIGURATION, post.kind(), post.getMessage());
            assertTrue(post.getMessage().startsWith("POST /v1.3/tasks failed: cannot reach 127.0.0.1:"), post.getMessage());
            assertNull(tls.takeRequest(200, TimeUnit.MILLISECONDS), "no request got through");
        } finally {
            tls.close();
        }
    }

    @Test
    void theKeyNeverReachesTheLogsEvenAtTheFinestLevel() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter format = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && (record.getLoggerName().startsWith("org.apache.hc")
                        || record.getLoggerName().startsWith("io.reeldrop"))) {
                    lines.add(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try (TwelveLabsClient client = ApiTestSupport.client(api, ApiVersion.V1_3)) {
            api.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            api.enqueue(json(200, "{\"_id\":\"abc\",\"status\":\"ready\"}"));
            client.getTask("abc");
            api.enqueue(json(401, "{\"code\":\"api_key_invalid\",\"message\":\"key " + KEY + " expired\"}"));
            assertThrows(ApiException.class, () -> client.listTasks(TaskQuery.all()));
            api.enqueue(json(200, "{\"_id\":\"t1\"}"));
            client.createTask(CreateTaskRequest.fromUrl("idx", URI.create("https://e.com/v.mp4")));
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        String all = String.join("", lines);
        assertTrue(all.contains("http-outgoing"), "HttpClient's header and wire logs did run: " + lines.size());
        assertTrue(all.contains("GET /v1.3/tasks/abc"), "our own retry log ran");
        assertFalse(all.contains(KEY), "the key leaked into a log line");
        assertFalse(all.contains(KEY.substring(0, 12)), "part of the key leaked into a log line");
    }

    @Test
    void toStringAndMessagesHideTheKey() throws Exception {
        ApiConfig config = ApiTestSupport.config(api, ApiVersion.V1_3);
        try (TwelveLabsClient client = ApiTestSupport.client(api, ApiVersion.V1_3)) {
            for (String text : List.of(config.toString(), config.apiKey().toString(), client.toString())) {
                assertFalse(text.contains(KEY), text);
            }
            api.enqueue(json(400, "{\"code\":\"parameter_invalid\",\"message\":\"" + KEY + "\",\"docs_url\":\"" + KEY + "\"}"));
            ApiException e = assertThrows(ApiException.class, () -> client.getTask("abc"));
            for (String text : new String[]{e.getMessage(), e.toString(), e.apiMessage(), e.docsUrl(), e.request()}) {
                assertFalse(text.contains(KEY), text);
            }
        }
    }

    @Test
    void aKeyIsNeverSentOverPlainHttpExceptToThisComputer() {
        for (String url : List.of("http://api.twelvelabs.io/v1.3", "http://10.0.0.5:8080/v1.3", "HTTP://Example.com/v1.2",
                "http://localhost.evil.example/v1.3", "http://127.0.0.1.nip.io/v1.3", "http://[::2]/v1.3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ApiConfig.of(URI.create(url), ApiKey.of(KEY)), url);
            assertTrue(e.getMessage().contains("is plain http, so the API key would travel unencrypted to "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("use the https address instead, e.g. https://api.twelvelabs.io/v1.3."));
        }
        for (String url : List.of("http://127.0.0.1:8080/v1.3", "http://localhost/v1.3", "http://[::1]:9/v1.2",
                "http://127.5.6.7/v1.3", "https://api.twelvelabs.io/v1.3", "https://10.0.0.5/v1.3")) {
            assertEquals(URI.create(url), ApiConfig.of(URI.create(url), ApiKey.of(KEY)).baseUrl(), url);
        }
    }
}
