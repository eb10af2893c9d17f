package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a {@code video_url} is fetched: http(s) only, at most 5 redirects, timeouts, the size cap,
 * and a readable reason for each way it can go wrong. The cap is lowered to 30 KB here so a
 * 44 KB fixture exceeds it.
 */
class DownloadRulesTest {

    private static SandboxServer sandbox;
    private static FixtureHttpServer files;
    private static RawClient api;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000)
                .withMaxVideoBytes(30_000).withTimeouts(Duration.ofMillis(1500), Duration.ofMillis(1500)));
        files = new FixtureHttpServer(Fixtures.directory());
        api = RawClient.checked(sandbox, "1.3");
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(api, sandbox, files);
    }

    private static JsonNode finish(String url) {
        RawClient.Answer created = api.postForm("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID, "video_url", url));
        assertEquals(200, created.status(), created.body());
        String id = created.json().get("_id").asText();
        return Await.until(() -> api.get("/tasks/" + id).json(),
                t -> t.get("status").asText().equals("ready") || t.get("status").asText().equals("failed"),
                Duration.ofSeconds(20), url + " to finish");
    }

    @Test
    void fiveRedirectsAreFollowed() {
        // too-short-2s.mp4 is 10 KB, under the lowered cap; it fails on duration, which proves it was fetched and probed.
        JsonNode task = finish(files.url("hops", "4/too-short-2s.mp4").toString()); // 4 hops + the final /range hop = 5
        assertEquals("video_duration_too_short", task.get("error_code").asText(), task.toString());
    }

    @Test
    void aSixthRedirectFailsTheTask() {
        JsonNode task = finish(files.url("hops", "5/too-short-2s.mp4").toString());
        assertEquals("parameter_invalid", task.get("error_code").asText());
        assertTrue(task.get("error_reason").asText().contains("redirects more than 5 times"), task.toString());
    }

    @Test
    void aRedirectToSomethingThatIsNotAUrlFailsAsAnInvalidVideoUrl() {
        JsonNode task = finish(files.url("bad-redirect", "valid.mp4").toString());
        assertEquals("parameter_invalid", task.get("error_code").asText(), task.toString());
        assertTrue(task.get("error_reason").asText().contains("redirects to 'http://bad host/valid.mp4', which is not a valid URL"),
                task.toString());
    }

    @Test
    void notFoundNamesTheHttpStatus() {
        JsonNode task = finish(files.url("range", "no-such-video.mp4").toString());
        assertEquals("failed", task.get("status").asText());
        assertTrue(task.get("error_reason").asText().contains("HTTP 404"), task.toString());
    }

    @Test
    void refusedConnectionSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        JsonNode task = finish("http://127.0.0.1:" + closedPort + "/video.mp4");
        assertTrue(task.get("error_reason").asText().contains("refused"), task.toString());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    ignored.getInputStream().read(new byte[1]); // holds the connection open, sends nothing
                } catch (Exception closed) {
                    // the test closed the socket
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            JsonNode task = finish("http://127.0.0.1:" + silent.getLocalPort() + "/slow.mp4");
            assertTrue(task.get("error_reason").asText().contains("did not answer within 1500 ms"), task.toString());
        }
    }

    @Test
    void downloadsOverTheCapFailWithFilesizeTooLarge() {
        JsonNode task = finish(files.url("range", "valid.mp4").toString()); // 44 KB with Content-Length
        assertEquals("video_filesize_too_large", task.get("error_code").asText(), task.toString());
    }

    @Test
    void uploadsOverTheCapAreRefusedAtOnce() throws Exception {
        RawClient.Answer answer = api.postMultipart("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID),
                "valid.mp4", FixtureHttpServer.fixtureBytes("valid.mp4"));
        assertEquals(400, answer.status(), answer.body());
        assertEquals("video_filesize_too_large", answer.json().get("code").asText());
    }

    @Test
    void anUploadThatSpilledToDiskBeforeHittingTheCapLeavesNoFileBehind() throws Exception {
        // Parts over 64 KB go to disk while they arrive; a 100 KB cap is met only after that.
        try (SandboxServer capped = SandboxServer.start(SandboxConfig.defaults().withMaxVideoBytes(100_000));
             RawClient client = RawClient.checked(capped, "1.3")) {
            RawClient.Answer answer = client.postMultipart("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID),
                    "big.mp4", new byte[300_000]);
            assertEquals(400, answer.status(), answer.body());
            assertEquals("video_filesize_too_large", answer.json().get("code").asText());
            Path videos = capped.dataDir().resolve("videos");
            Await.until(() -> filesIn(videos), List::isEmpty, Duration.ofSeconds(5),
                    "the refused upload's part files to be removed from " + videos);
        }
    }

    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        for (String url : new String[] {"ftp://example.com/a.mp4", "file:///etc/passwd", "not a url", "http://127.0.0.1:99999/a.mp4"}) {
            RawClient.Answer answer = api.postForm("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID, "video_url", url));
            assertEquals(400, answer.status(), url);
            assertEquals("parameter_invalid", answer.json().get("code").asText(), url);
        }
    }
}
