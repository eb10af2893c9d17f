package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.reeldrop.testsupport.Await;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every download's gate: the address of each hop (redirects included), the number at once and
 * the bytes in all (issue 11, item 9). Real downloads from a loopback server.
 */
class DownloadGateTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/bytes", exchange -> {
            byte[] body = new byte[10_000];
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/to-127.0.0.2", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + port() + "/bytes");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/held", exchange -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(200, 10);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[10]);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        watchdog.shutdownNow();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private VideoDownloader downloader(DownloadGate gate) {
        return new VideoDownloader(Duration.ofSeconds(2), Duration.ofSeconds(5), 1_000_000, watchdog, gate);
    }

    @Test
    void eachRedirectHopIsCheckedNotOnlyTheFirst() throws Exception {
        // Only 127.0.0.2 counts as private here, so the first hop (127.0.0.1) is allowed and the
        // redirect's target is what is refused.
        DownloadGate gate = new DownloadGate(SandboxGuards.forNetwork(), InetAddress::getAllByName,
                a -> a.getHostAddress().equals("127.0.0.2") ? "private" : null);
        TaskFailure e = assertThrows(TaskFailure.class, () -> downloader(gate).download(url("/to-127.0.0.2"),
                dir.resolve("v.mp4")));
        assertEquals("The video_url leads to 127.0.0.2, a private address (127.0.0.2). This sandbox is reachable"
                + " beyond this computer, so it fetches only public addresses; start it with --allow-private-urls to"
                + " allow this.", e.getMessage());
        assertEquals(10_000, downloader(gate).download(url("/bytes"), dir.resolve("w.mp4")), "the public hop alone is fine");
    }

    @Test
    void theBytesOfAllDownloadsTogetherAreCapped() throws Exception {
        DownloadGate gate = new DownloadGate(SandboxGuards.forLoopback().withMaxDownloadBytes(25_000));
        VideoDownloader downloader = downloader(gate);
        assertEquals(10_000, downloader.download(url("/bytes"), dir.resolve("1.mp4")));
        assertEquals(10_000, downloader.download(url("/bytes"), dir.resolve("2.mp4")));
        TaskFailure e = assertThrows(TaskFailure.class, () -> downloader.download(url("/bytes"), dir.resolve("3.mp4")));
        assertTrue(e.getMessage().startsWith("This sandbox has downloaded its limit of 25000 bytes since it started"
                + " (--max-download-bytes)."), e.getMessage());
    }

    @Test
    void noMoreDownloadsRunAtOnceThanAllowed() throws Exception {
        DownloadGate gate = new DownloadGate(SandboxGuards.forLoopback().withMaxConcurrentDownloads(2));
        VideoDownloader downloader = downloader(gate);
        List<Thread> threads = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    downloader.download(url("/held"), dir.resolve(n + ".mp4"));
                    done.incrementAndGet();
                } catch (TaskFailure e) {
                    throw new AssertionError(e);
                }
            });
            threads.add(t);
            t.start();
        }
        Await.until(() -> inFlight.get() == 2, Duration.ofSeconds(10), () -> "two downloads under way");
        release.countDown();
        Await.until(() -> done.get() == 5, Duration.ofSeconds(20), () -> "all five done, in turns");
        assertEquals(2, mostAtOnce.get(), "never more than two at once");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "public", value = {
        "127.0.0.1, loopback", "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private",
        "192.168.1.1, private", "169.254.169.254, link-local", "100.64.0.1, shared (carrier-grade NAT)",
        "0.0.0.0, unspecified", "224.0.0.1, multicast", "255.255.255.255, reserved", "::1, loopback",
        "fe80::1, link-local", "fd00::1, private", "fc00::1, private", "::ffff:127.0.0.1, loopback",
        "::127.0.0.1, loopback", "64:ff9b::a00:1, private", "2002:c0a8:101::1, private", "::, unspecified",
        "8.8.8.8, public", "172.32.0.1, public", "2606:4700::1111, public", "100.128.0.1, public"})
    void addressesAreJudgedByTheirRange(String address, String kind) throws Exception {
        String judged = Exposure.nonPublic(InetAddress.getByName(address));
        if (kind == null) {
            assertNull(judged, address);
        } else {
            assertEquals(kind, judged, address);
        }
    }
}
