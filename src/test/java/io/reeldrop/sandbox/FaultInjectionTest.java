package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every injectable fault, its seeded determinism, and switching plans at run time. */
class FaultInjectionTest {

    private SandboxServer sandbox;
    private RawClient api;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000));
        api = RawClient.checked(sandbox, "1.3");
    }

    @AfterEach
    void stop() throws Exception {
        Closing.all(api, sandbox);
    }

    private List<Integer> statuses(int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(api.get("/indexes").status());
        }
        return statuses;
    }

    @Test
    void serverErrorsAreSpreadOver500502And503WithTheErrorBody() {
        sandbox.faults().set(FaultPlan.none().withServerErrors(1.0));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            RawClient.Answer answer = api.get("/tasks");
            seen.add(answer.status());
            assertEquals("internal_error", answer.json().get("code").asText());
            assertTrue(answer.header("X-Ratelimit-Limit") != null);
        }
        assertEquals(Set.of(500, 502, 503), seen);
        sandbox.faults().clear();
        assertEquals(200, api.get("/tasks").status());
    }

    @Test
    void theSameSeedGivesTheSameFaultsInTheSameOrder() {
        FaultPlan plan = FaultPlan.none().withSeed(42).withServerErrors(0.3).withTooManyRequestsBursts(0.1, 2);
        sandbox.faults().set(plan);
        List<Integer> first = statuses(60);
        sandbox.faults().set(plan);
        assertEquals(first, statuses(60));
        sandbox.faults().set(plan.withSeed(43));
        assertNotEquals(first, statuses(60));
        assertTrue(first.contains(200) && first.stream().anyMatch(s -> s >= 500) && first.contains(429), first.toString());
    }

    @Test
    void tooManyRequestsComeInBurstsWithEmptyBodies() {
        sandbox.faults().set(FaultPlan.none().withSeed(7).withTooManyRequestsBursts(0.15, 3));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            RawClient.Answer answer = api.get("/tasks");
            statuses.add(answer.status());
            if (answer.status() == 429) {
                assertEquals("", answer.body(), "an injected 429 has no body");
                assertTrue(answer.header("X-Ratelimit-Reset") != null);
            }
        }
        int run = 0;
        for (int status : statuses) {
            if (status == 429) {
                run++;
            } else {
                assertEquals(0, run % 3, "429s come in whole bursts of 3: " + statuses);
                run = 0;
            }
        }
        assertTrue(statuses.contains(429), statuses.toString());
    }

    @Test
    void latencyIsAddedToEveryAnswer() {
        sandbox.faults().set(FaultPlan.none().withLatency(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertEquals(200, api.get("/tasks").status());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void droppedConnectionsCutTheBodyShort() {
        sandbox.faults().set(FaultPlan.none().withDroppedConnections(1.0));
        assertThrows(UncheckedIOException.class, () -> api.get("/indexes"));
        sandbox.faults().clear();
        assertEquals(200, api.get("/indexes").status(), "the sandbox serves normally once the plan is cleared");
    }

    private List<String> failureStages(SandboxServer server, int tasks) throws Exception {
        List<String> stages = new ArrayList<>();
        try (RawClient client = RawClient.checked(server, "1.3")) {
            for (int i = 0; i < tasks; i++) {
                String id = client.postMultipart("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID), "valid.mp4",
                        FixtureHttpServer.fixtureBytes("valid.mp4")).json().get("_id").asText();
                JsonNode task = Await.until(() -> client.get("/tasks/" + id).json(),
                        t -> t.get("status").asText().equals("failed") || t.get("status").asText().equals("ready"),
                        Duration.ofSeconds(20), "task to finish");
                stages.add(task.get("status").asText().equals("ready") ? "none"
                        : task.get("error_reason").asText().replaceAll(".*while (\\w+).*", "$1"));
                if (task.get("status").asText().equals("failed")) {
                    assertEquals("sandbox_injected_failure", task.get("error_code").asText());
                }
            }
        }
        return stages;
    }

    @Test
    void tasksFailAtASeededRandomStage() throws Exception {
        FaultPlan plan = FaultPlan.none().withSeed(3).withTaskFailures(0.75);
        sandbox.faults().set(plan);
        List<String> first = failureStages(sandbox, 12);
        try (SandboxServer again = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000).withFaults(plan))) {
            assertEquals(first, failureStages(again, 12), "same seed, same creation order: same failures");
        }
        assertTrue(first.contains("none") && first.stream().filter(s -> !s.equals("none")).distinct().count() >= 2, first.toString());
    }
}
