package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.testsupport.Await;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data folder, indexes and tasks survive a restart and tasks in flight resume their schedule. */
class PersistenceTest {

    @Test
    void aTaskStoppedWhilePendingFinishesOnTheSameScheduleAfterARestart(@TempDir Path data) throws Exception {
        SandboxConfig config = SandboxConfig.defaults().withTimeScale(2).withDataDir(data); // pending 1 s, queued 1.5 s, indexing 2.5 s
        String taskId;
        String indexId;
        String promisedReady;
        try (SandboxServer first = SandboxServer.start(config); RawClient api = RawClient.checked(first, "1.2")) {
            indexId = api.json("POST", "/indexes", "{\"index_name\":\"kept\",\"engines\":[{\"engine_name\":\"marengo2.6\",\"engine_options\":[\"visual\"]}]}")
                    .json().get("_id").asText();
            taskId = api.postMultipart("/tasks", Map.of("index_id", indexId), "valid.mp4", FixtureHttpServer.fixtureBytes("valid.mp4"))
                    .json().get("_id").asText();
            // Normally caught in pending (1 s); a stalled machine may see it queued: still in flight, still planned.
            JsonNode pending = Await.until(() -> api.get("/tasks/" + taskId).json(),
                    t -> Set.of("pending", "queued", "indexing").contains(t.get("status").asText()),
                    Duration.ofSeconds(20), "the task to be planned and in flight");
            promisedReady = pending.get("estimated_time").asText();
        }
        try (SandboxServer second = SandboxServer.start(config); RawClient api = RawClient.checked(second, "1.2")) {
            assertEquals("kept", api.get("/indexes/" + indexId).json().get("index_name").asText());
            JsonNode ready = Await.until(() -> api.get("/tasks/" + taskId).json(), t -> t.get("status").asText().equals("ready"),
                    Duration.ofSeconds(20), "the resumed task to be ready");
            assertEquals(promisedReady, ready.get("updated_at").asText(), "ready exactly when estimated before the restart");
            assertEquals(5.0, ready.get("metadata").get("duration").asDouble(), 0.001);
        }
    }

    @Test
    void aDamagedStateFileIsAReadableErrorNotAnEmptySandbox(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("sandbox-state.json"), "{\"tasks\": [ half");
        UncheckedIOException error = Assertions.assertThrows(UncheckedIOException.class,
                () -> SandboxServer.start(SandboxConfig.defaults().withDataDir(data)));
        assertTrue(error.getMessage().contains("Move the file away"), error.getMessage());
        assertEquals("{\"tasks\": [ half", Files.readString(data.resolve("sandbox-state.json")), "nothing is overwritten");
    }

    @Test
    void aTaskStoppedWhileValidatingIsValidatedAgain(@TempDir Path data) throws Exception {
        SandboxConfig config = SandboxConfig.defaults().withTimeScale(1000).withDataDir(data);
        String taskId;
        int port;
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            port = silent.getLocalPort(); // accepts into its backlog and never answers
            try (SandboxServer first = SandboxServer.start(config); RawClient api = RawClient.checked(first, "1.3")) {
                taskId = api.postForm("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID,
                        "video_url", "http://127.0.0.1:" + port + "/v.mp4")).json().get("_id").asText();
                assertEquals("validating", api.get("/tasks/" + taskId).json().get("status").asText());
            }
        }
        try (SandboxServer second = SandboxServer.start(config); RawClient api = RawClient.checked(second, "1.3")) {
            JsonNode failed = Await.until(() -> api.get("/tasks/" + taskId).json(), t -> t.get("status").asText().equals("failed"),
                    Duration.ofSeconds(20), "the re-validated task to fail on the now closed port");
            assertTrue(failed.get("error_reason").asText().contains("refused"), failed.toString());
        }
    }
}
