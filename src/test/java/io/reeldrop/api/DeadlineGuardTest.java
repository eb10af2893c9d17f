package io.reeldrop.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.testsupport.Await;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard against uploads that never end: one that keeps moving, but slower than the floor
 * rate, is aborted like one that stopped (issue 11, item 10: "an upload that trickles must hit
 * a deadline"). A byte source paced in-process stands in for the link, so the pace is exact.
 */
class DeadlineGuardTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** Runs an upload whose body comes {@code bytes} at a time every 100 ms, until aborted or 8 s. */
    private DeadlineGuard upload(int bytes, AtomicBoolean done) {
        AtomicBoolean aborted = new AtomicBoolean();
        InputStream paced = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (aborted.get() || done.get()) {
                    return -1;
                }
                try {
                    Thread.sleep(100); // the link's pace, which the test is about
                } catch (InterruptedException e) {
                    return -1;
                }
                return Math.min(len, bytes);
            }
        };
        HttpPost post = new HttpPost("http://127.0.0.1:9/v1.3/tasks") {
            @Override
            public boolean cancel() {
                aborted.set(true);
                return super.cancel();
            }
        };
        ProgressEntity entity = new ProgressEntity(new InputStreamEntity(paced, -1, ContentType.APPLICATION_OCTET_STREAM),
                UploadProgress.NONE);
        post.setEntity(entity);
        DeadlineGuard guard = new DeadlineGuard(timer, post, Duration.ofMillis(200), Duration.ofSeconds(1));
        Thread writer = new Thread(() -> {
            try {
                entity.writeTo(OutputStream.nullOutputStream());
            } catch (Exception e) {
                // aborted
            }
        });
        writer.setDaemon(true);
        writer.start();
        return guard;
    }

    @Test
    void anUploadThatTricklesBelowTheFloorRateIsAborted() {
        AtomicBoolean done = new AtomicBoolean();
        // 50 bytes every 100 ms: 500 B/s, moving every tenth of a second, under the 1 KiB/s floor.
        try (DeadlineGuard guard = upload(50, done)) {
            Await.until(guard::fired, Duration.ofSeconds(8), () -> "a 500 B/s upload to be aborted");
            assertTrue(guard.stalledUpload(), "aborted as an upload that does not move, not at the call deadline");
        } finally {
            done.set(true);
        }
    }

    @Test
    void anUploadAboveTheFloorRateOutlivesTheDeadline() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        // 4 KB every 100 ms: 40 KB/s, slow but well above the floor.
        try (DeadlineGuard guard = upload(4096, done)) {
            long until = System.nanoTime() + Duration.ofMillis(2500).toNanos();
            while (System.nanoTime() < until) {
                assertFalse(guard.fired(), "a moving upload was cut off");
                Thread.sleep(50); // sampling the guard over a stretch of time is the test
            }
        } finally {
            done.set(true);
        }
    }
}
