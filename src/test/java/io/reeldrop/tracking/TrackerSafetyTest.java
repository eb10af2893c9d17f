package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards against the costly mistakes: a second paid POST, a created task forgotten on close, a lock left behind. */
class TrackerSafetyTest {

    private static final String INDEX = "0123456789abcdef01234567";

    @TempDir
    Path dataDir;

    private final ManualExecutor executor = new ManualExecutor();
    private final ScriptedApi api = new ScriptedApi(executor.clock());

    private Tracker onVirtualTime() {
        return TrackerBuilder.forApi(api).dataFolder(dataDir).executor(executor).random(new Random(1)).build();
    }

    private static Submission video(String name) {
        return Submission.ofUrl(INDEX, null, "https://cdn.example.com/v/" + name);
    }

    @Test
    void aFailedTaskIsSentAgainOnceHoweverOftenRetryIsAsked() {
        try (Tracker tracker = onVirtualTime()) {
            tracker.submit(List.of(video("a.mp4")));
            executor.advance(Duration.ofSeconds(5));
            api.set(api.tasks.keySet().iterator().next(), "failed", "a.mp4");
            executor.advance(Duration.ofSeconds(10));
            String failed = tracker.snapshot().get(0).localId();
            assertEquals(TaskStatus.FAILED, tracker.snapshot().get(0).task().status());

            tracker.retry(failed);
            IllegalStateException again = assertThrows(IllegalStateException.class, () -> tracker.retry(failed));
            executor.advance(Duration.ofSeconds(10));

            assertTrue(again.getMessage().contains("not sent twice"), again.getMessage());
            assertEquals(2, api.creates.get(), "the first send and one retry, never a third task");
            assertEquals(2, tracker.snapshot().size());
        }
    }

    @Test
    void manyRetriesAtOnceOfANotSentSubmissionSendItOnce() throws Exception {
        ScriptedApi realTimeApi = new ScriptedApi(Clock.systemUTC());
        realTimeApi.script.add(ScriptedApi.Post.REFUSED);
        Tracker tracker = TrackerBuilder.forApi(realTimeApi).dataFolder(dataDir).build();
        try {
            tracker.submit(List.of(video("d.mp4")));
            Await.until(() -> tracker.snapshot().get(0).state() == SubmissionState.NOT_SENT, Duration.ofSeconds(20),
                    () -> "refused: " + tracker.snapshot());
            String localId = tracker.snapshot().get(0).localId();

            int callers = 8;
            CyclicBarrier together = new CyclicBarrier(callers);
            AtomicInteger accepted = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Thread t = new Thread(() -> {
                    try {
                        together.await(20, TimeUnit.SECONDS);
                        tracker.retry(localId);
                        accepted.incrementAndGet();
                    } catch (IllegalStateException refused) {
                        // the others see it queued, sending or sent
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
            Await.until(() -> tracker.snapshot().get(0).state() == SubmissionState.SENT, Duration.ofSeconds(20),
                    () -> "sent again: " + tracker.snapshot());
            assertEquals(1, accepted.get(), "exactly one of the simultaneous retries is taken");
        } finally {
            tracker.close(); // after this no POST can start, so the count below is final
        }
        assertEquals(2, realTimeApi.creates.get(), "the refused POST and one retry");
    }

    @Test
    void aQueuedFileDeletedBeforeItsTurnEndsNotSentInsteadOfLooping() throws Exception {
        Path clip = Files.writeString(dataDir.resolve("clip.mp4"), "not really a video");
        try (Tracker tracker = onVirtualTime()) {
            tracker.submit(List.of(Submission.ofFile(INDEX, null, clip)));
            Files.delete(clip);
            executor.advance(Duration.ofMinutes(2));

            TrackedTask t = tracker.snapshot().get(0);
            assertEquals(SubmissionState.NOT_SENT, t.state(), t.note());
            assertTrue(t.note().contains("does not exist"), t.note());
            assertEquals(0, api.creates.get(), "nothing was sent");
            assertEquals(0, api.lists.get(), "no reconciliation for an upload that never started");
        }
    }

    @Test
    void forgetAndTheSenderNeverBothWin() {
        try (Tracker tracker = onVirtualTime()) {
            tracker.submit(List.of(video("c.mp4")));
            tracker.forget(tracker.snapshot().get(0).localId());
            executor.advance(Duration.ofSeconds(30));

            assertEquals(0, api.creates.get(), "a queued submission forgotten before its turn is never sent");
            assertTrue(tracker.snapshot().isEmpty());
        }
    }

    @Test
    void closeWaitsForAPostOnTheWireSoItsTaskIdIsWrittenAndTheLockFileRemoved() throws Exception {
        ScriptedApi realTimeApi = new ScriptedApi(Clock.systemUTC());
        CountDownLatch onTheWire = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        realTimeApi.onCreate = () -> {
            onTheWire.countDown();
            try {
                answer.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Tracker tracker = TrackerBuilder.forApi(realTimeApi).dataFolder(dataDir).build();
        tracker.submit(List.of(video("b.mp4")));
        assertTrue(onTheWire.await(20, TimeUnit.SECONDS), "the POST started");

        Thread closer = new Thread(tracker::close, "closer");
        closer.start();
        Await.until(() -> closer.getState() == Thread.State.TIMED_WAITING, Duration.ofSeconds(20),
                () -> "close waits for the POST, state " + closer.getState());
        answer.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!closer.isAlive(), "close returned");

        List<HistoryEntry> saved = new HistoryStore(dataDir).load().document().tasks();
        assertEquals(1, saved.size());
        assertEquals(SubmissionState.SENT, saved.get(0).state(), "the answer made it into the last write");
        assertEquals(realTimeApi.tasks.keySet().iterator().next(), saved.get(0).taskId());
        assertTrue(Files.notExists(dataDir.resolve("history.lock")), "a clean close leaves no lock file");
        Await.until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.isAlive() && isEngineThread(t.getName())),
                Duration.ofSeconds(10), () -> "close stops the engine's threads: " + Thread.getAllStackTraces().keySet()
                        .stream().map(Thread::getName).filter(TrackerSafetyTest::isEngineThread).toList());
    }

    private static boolean isEngineThread(String name) {
        return name.startsWith("reeldrop-engine-") || name.startsWith("reeldrop-timer-");
    }
}
