package io.reeldrop.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import io.reeldrop.media.FixtureHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links whose servers answer oddly or not at all, over loopback: every outcome with its exact
 * sentence, the time bounds, and what was sent. Budget: about 2 s (two checks wait for a
 * shortened time-out).
 */
class PreflightOddLinksTest {

    private static final Limits URL_V13 = Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_URL);
    private static final Duration READ = Duration.ofMillis(300);
    private static final Duration TOTAL = Duration.ofMillis(600);
    private static final byte[] PAGE = "<!DOCTYPE html><html><body>My holiday video</body></html>".getBytes(StandardCharsets.UTF_8);

    /** Names a file that exists on many machines: it must never be opened because a link's playlist names it. */
    private static final byte[] PLAYLIST = "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n/etc/hostname\n#EXT-X-ENDLIST\n"
            .getBytes(StandardCharsets.UTF_8);

    private static OddLinkServer server;
    private static ScheduledExecutorService trickler;
    private static Preflight preflight;
    private static byte[] video;

    @BeforeAll
    static void start() throws IOException {
        video = FixtureHttpServer.fixtureBytes("valid.mp4");
        trickler = Executors.newSingleThreadScheduledExecutor();
        server = new OddLinkServer()
                .on("/head-refused.mp4", exchange -> {
                    if (exchange.getRequestMethod().equals("HEAD")) {
                        exchange.sendResponseHeaders(405, -1);
                        return;
                    }
                    OddLinkServer.ranged("video/mp4", video, video.length).handle(exchange);
                })
                .on("/lying-length.mp4", exchange -> {
                    if (exchange.getRequestMethod().equals("HEAD")) {
                        exchange.getResponseHeaders().set("Content-Length", "10");
                        exchange.sendResponseHeaders(200, -1);
                        return;
                    }
                    OddLinkServer.ranged("video/mp4", video, video.length).handle(exchange);
                })
                .on("/page", OddLinkServer.plain(200, "text/html; charset=utf-8", PAGE))
                .on("/disguised.mp4", OddLinkServer.plain(200, "application/octet-stream", PAGE))
                .on("/list.m3u8", OddLinkServer.plain(200, "application/vnd.apple.mpegurl", PLAYLIST))
                .on("/list-as-video.mp4", OddLinkServer.plain(200, "video/mp4", PLAYLIST))
                .on("/cut-short.mp4", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "video/mp4");
                    exchange.sendResponseHeaders(200, video.length);
                    exchange.getResponseBody().write(video, 0, 1000); // then the connection closes
                })
                .on("/picture.png", OddLinkServer.plain(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .on("/untyped.mp4", OddLinkServer.plain(200, null, video))
                .on("/empty.mp4", OddLinkServer.plain(200, "video/mp4", new byte[0]))
                .on("/private.mp4", OddLinkServer.plain(403, "text/plain", "denied".getBytes(StandardCharsets.UTF_8)))
                .on("/gone.mp4", OddLinkServer.plain(410, null, new byte[0]))
                .on("/busy.mp4", OddLinkServer.plain(503, null, new byte[0]))
                .on("/post-only.mp4", OddLinkServer.plain(405, null, new byte[0]))
                .on("/huge.mp4", OddLinkServer.ranged("video/mp4", video, 5_000_000_000L))
                .on("/unsized.mp4", chunked())
                .on("/to-file", redirect("file:///etc/passwd"))
                .on("/to-ftp", redirect("ftp://127.0.0.1/video.mp4"))
                .on("/nowhere", exchange -> exchange.sendResponseHeaders(302, -1))
                .on("/trickle.mp4", trickle());
        preflight = new Preflight(Bounds.DEFAULT.withTimes(READ, READ, TOTAL));
    }

    @AfterAll
    static void stop() {
        preflight.close();
        server.close();
        trickler.shutdownNow();
    }

    private static Verdict check(String path) {
        return preflight.checkUrl(server.url(path), URL_V13);
    }

    private static String link(String path) {
        return server.url(path).toString();
    }

    @Test
    void aWebPageIsNotAVideo() {
        Verdict verdict = check("/page");
        assertEquals(link("/page") + " is a web page (text/html), not a video file. Give the link to the file itself.",
                verdict.sentence());
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertEquals(0, verdict.found().bytesFetched(), "the type alone decides; the page is not read");
    }

    @Test
    void aWebPageServedAsBinaryIsRecognisedByItsFirstBytes() {
        assertEquals(link("/disguised.mp4") + " is a web page (served as application/octet-stream), not a video file."
                + " Give the link to the file itself.", check("/disguised.mp4").sentence());
    }

    @Test
    void anImageIsNotAVideo() {
        assertEquals(link("/picture.png") + " is image/png, not a video file. Give the link to the video file itself.",
                check("/picture.png").sentence());
    }

    @Test
    void aStreamingPlaylistIsNotAVideoAndIsNeverHandedToFfmpeg() {
        assertEquals(link("/list.m3u8") + " is a streaming playlist (HLS), not a video file. Give the link to the video"
                + " file itself.", check("/list.m3u8").sentence());
        Verdict disguised = check("/list-as-video.mp4");
        assertEquals(link("/list-as-video.mp4") + " is a streaming playlist (HLS), not a video file. Give the link to the"
                + " video file itself.", disguised.sentence());
        assertNull(disguised.found().video(), "FFmpeg never saw it");
    }

    @Test
    void aConnectionCutMidBodyIsReportedAsUnreadNotUnreachable() {
        Verdict verdict = check("/cut-short.mp4");
        assertEquals(Reason.UNREACHABLE, verdict.reason());
        assertTrue(verdict.sentence().startsWith(link("/cut-short.mp4") + " could not be read ("), verdict.sentence());
        assertEquals(Outcome.INCONCLUSIVE, verdict.outcome());
    }

    @Test
    void aServerThatRefusesHeadIsCheckedWithAGetAndNeverAskedForAHead() {
        Verdict verdict = check("/head-refused.mp4");
        assertEquals(Outcome.OK, verdict.outcome(), verdict.sentence());
        assertTrue(server.requests().stream().noneMatch(r -> r.method().equals("HEAD")), "no HEAD is sent");
    }

    @Test
    void aLyingHeadLengthDoesNotMatterTheRangedGetsTotalIsTheSize() {
        Verdict verdict = check("/lying-length.mp4");
        assertEquals(link("/lying-length.mp4") + " is video/mp4, 44.1 kB, 640x360, 5.00 s: within the limits of an asset"
                + " made from a URL on v1.3.", verdict.sentence());
        assertEquals(video.length, verdict.found().sizeBytes());
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeAnyProbe() {
        Verdict verdict = check("/huge.mp4");
        assertEquals(link("/huge.mp4") + " is 5.0 GB (5,000,000,000 bytes); an asset made from a URL takes at most 4 GB"
                + " (4,294,967,296 bytes). Compress the video or cut it into parts.", verdict.sentence());
        assertEquals(Reason.TOO_LARGE, verdict.reason());
        Verdict asTask = preflight.checkUrl(server.url("/huge.mp4"), Limits.forFlow(ApiRelease.V1_3, Flow.TASK));
        assertTrue(asTask.sentence().endsWith("a task upload (POST /tasks) takes at most 2 GB (2,147,483,648 bytes). Use the"
                + " assets flow, which takes up to 4 GB, or compress the video or cut it into parts."), asTask.sentence());
    }

    @Test
    void aServerThatSaysNoSizeLeavesTheSizeUnchecked() {
        Verdict verdict = check("/unsized.mp4");
        assertEquals(link("/unsized.mp4") + " is video/mp4, 640x360, 5.00 s, but the server does not say how large it is,"
                + " so the 4 GB limit was not checked before sending.", verdict.sentence());
        assertEquals(Outcome.INCONCLUSIVE, verdict.outcome());
    }

    @Test
    void noContentTypeLeavesTheQuestionToTheProbe() {
        Verdict verdict = check("/untyped.mp4");
        assertEquals(link("/untyped.mp4") + " is 44.1 kB, 640x360, 5.00 s: within the limits of an asset made from a URL"
                + " on v1.3.", verdict.sentence());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(link("/empty.mp4") + " is empty (0 bytes). Give the video file itself.", check("/empty.mp4").sentence());
    }

    @Test
    void statusCodesSayWhatToDo() {
        assertEquals(link("/private.mp4") + " answered 403 Forbidden: the file is private or the link has expired. Give a"
                + " link that opens without logging in, such as a fresh signed URL.", check("/private.mp4").sentence());
        assertEquals(link("/gone.mp4") + " answered 410 Gone. Check the link; it must point at the video file itself.",
                check("/gone.mp4").sentence());
        assertEquals(link("/post-only.mp4") + " answered 405 Method Not Allowed. Check that the link opens the video file"
                + " in a browser without logging in.", check("/post-only.mp4").sentence());
        Verdict busy = check("/busy.mp4");
        assertEquals(link("/busy.mp4") + " answered 503 Service Unavailable, so it was not checked before sending; the"
                + " service may get the same answer.", busy.sentence());
        assertEquals(Outcome.INCONCLUSIVE, busy.outcome());
    }

    @Test
    void redirectsToOtherSchemesAreNotFollowed() {
        Verdict toFile = check("/to-file");
        assertEquals(link("/to-file") + " redirects to a file: link, which cannot be downloaded over the web. Give a direct"
                + " http(s) link to the video.", toFile.sentence());
        assertEquals(Outcome.REFUSED, toFile.outcome());
        assertEquals(Reason.BAD_REDIRECT, check("/to-ftp").reason());
        // The reason phrase is the server's own (the JDK's server calls a 302 "Temporary Redirect").
        assertEquals(link("/nowhere") + " answered 302 Temporary Redirect without saying where to. Give the final link to the file.",
                check("/nowhere").sentence());
    }

    @Test
    void otherSchemesAreRefusedWithoutAnyRequest() {
        Verdict verdict = preflight.checkUrl(URI.create("ftp://example.com/video.mp4"), URL_V13);
        assertEquals("ftp://example.com/video.mp4 is not an http or https link. Twelve Labs downloads videos over http(s)"
                + " only; give a web link to the file, or upload the file itself.", verdict.sentence());
    }

    @Test
    void aLinkWithAPasswordIsRefusedWithoutAnyRequest() {
        int before = server.requests().size();
        URI url = URI.create("http://me:secret@127.0.0.1:" + server.url("/").getPort() + "/head-refused.mp4");
        Verdict verdict = preflight.checkUrl(url, URL_V13);
        assertEquals("The link to 127.0.0.1 contains a user name or password. Remove it (it would be sent to Twelve Labs and"
                + " kept in the history); use a link that works without one, such as a signed URL.", verdict.sentence());
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertEquals(before, server.requests().size());
    }

    @Test
    void aSignedLinksQueryIsLeftOutOfTheSentence() {
        URI signed = URI.create(link("/gone.mp4") + "?X-Amz-Signature=abcdef&X-Amz-Expires=3600");
        assertEquals(link("/gone.mp4") + "?... answered 410 Gone. Check the link; it must point at the video file itself.",
                preflight.checkUrl(signed, URL_V13).sentence());
    }

    @Test
    void noKeyNoCredentialsAndAPlainRangedGet() {
        check("/head-refused.mp4");
        for (OddLinkServer.Request request : server.requests()) {
            assertFalse(request.headers().containsKey("X-api-key"), "no API key in " + request);
            assertFalse(request.headers().containsKey("Authorization"), "no credentials in " + request);
            assertFalse(request.headers().containsKey("Cookie"), "no cookies in " + request);
            assertEquals(LinkFetcher.USER_AGENT, request.headers().getFirst("User-agent"));
            assertEquals("identity", request.headers().getFirst("Accept-encoding"));
        }
        OddLinkServer.Request last = server.requests().get(server.requests().size() - 1);
        assertEquals("GET", last.method());
        assertEquals("bytes=0-65535", last.headers().getFirst("Range"));
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterTheReadTimeout() throws IOException {
        // Bound but never accepted: the kernel completes the handshake, and nothing ever answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/video.mp4");
            long start = System.nanoTime();
            Verdict verdict = preflight.checkUrl(url, URL_V13);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(url + " did not answer within 0.3 s, so it was not checked before sending.", verdict.sentence());
            assertEquals(Outcome.INCONCLUSIVE, verdict.outcome());
            assertTrue(millis >= 250 && millis < 2_000, "took " + millis + " ms");
        }
    }

    @Test
    void aServerThatTricklesIsCutOffAtTheTotalTime() {
        long start = System.nanoTime();
        Verdict verdict = check("/trickle.mp4");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(link("/trickle.mp4") + " could not be checked within 0.6 s, so it was not checked before sending.",
                verdict.sentence());
        assertEquals(Reason.TIMED_OUT, verdict.reason());
        assertTrue(millis >= 550 && millis < 600 + 300 + 1_000, "took " + millis + " ms");
    }

    @Test
    void aHostThatRefusesConnectionsIsUnreachableNotRefused() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/video.mp4");
        Verdict verdict = preflight.checkUrl(url, URL_V13);
        assertEquals(Reason.UNREACHABLE, verdict.reason());
        assertTrue(verdict.sentence().startsWith(url + " could not be reached ("), verdict.sentence());
        assertTrue(verdict.sentence().endsWith("Connection refused), so it was not checked before sending; the service may"
                + " still reach it."), verdict.sentence());
    }

    private static HttpHandler redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    /** 200 without Content-Length (chunked), ignoring ranges, and the video followed by padding. */
    private static HttpHandler chunked() {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PaddedVideo.faststart(256 * 1024));
            }
        };
    }

    /** Headers at once, then one byte every 20 ms: every read succeeds, and the check must still end. */
    private static HttpHandler trickle() {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            CompletableFuture<Void> done = new CompletableFuture<>();
            ScheduledFuture<?> task = trickler.scheduleAtFixedRate(() -> {
                try {
                    out.write(0);
                    out.flush();
                } catch (IOException closed) {
                    done.complete(null);
                }
            }, 0, 20, TimeUnit.MILLISECONDS);
            try {
                done.get(5, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException stop) {
                // the test is over either way
            } finally {
                task.cancel(true);
            }
        };
    }
}
