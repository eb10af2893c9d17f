package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiException;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.CreatedTask;
import io.reeldrop.api.Index;
import io.reeldrop.api.IndexModel;
import io.reeldrop.api.IndexModels;
import io.reeldrop.api.Page;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.api.UploadProgress;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.testsupport.Await;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's own {@link TwelveLabsClient} against the sandbox over loopback: the whole
 * lifecycle by URL and by file in both versions, filters and pagination through its query type,
 * the delete rule and a wrong key, as the app will meet them.
 */
class ProjectClientTest {

    private static SandboxServer sandbox;
    private static FixtureHttpServer files;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(50));
        files = new FixtureHttpServer(Fixtures.directory());
    }

    @AfterAll
    static void stop() throws Exception {
        Closing.all(sandbox, files);
    }

    private static TwelveLabsClient client(String version, String key) {
        return TwelveLabsClient.create(ApiConfig.of(URI.create(sandbox.baseUrl(version)), ApiKey.of(key)));
    }

    private static Task awaitTerminal(TwelveLabsClient client, String id) {
        return Await.until(() -> client.getTask(id),
                t -> t.status().equals(TaskStatus.READY) || t.status().equals(TaskStatus.FAILED),
                Duration.ofSeconds(20), "task " + id);
    }

    @ParameterizedTest(name = "v{0}")
    @ValueSource(strings = {"1.2", "1.3"})
    void fullLifecycleThroughTheProjectClient(String version) {
        try (TwelveLabsClient client = client(version, sandbox.apiKey())) {
            assertTrue(client.listAllIndexes().stream().anyMatch(i -> i.id().equals(SandboxServer.SANDBOX_INDEX_ID)));
            String index = ownIndex(version); // the two versions' tasks must not meet in the filters below
            CreatedTask byUrl = client.createTask(CreateTaskRequest.fromUrl(index, files.url("redirect", "clip.mkv")), UploadProgress.NONE);
            CreatedTask byFile = client.createTask(CreateTaskRequest.fromFile(index, Fixtures.file("moov-at-end.mov")), UploadProgress.NONE);
            CreatedTask tooSmall = client.createTask(CreateTaskRequest.fromFile(index, Fixtures.file("too-small-320x240.mp4")), UploadProgress.NONE);

            Task urlTask = awaitTerminal(client, byUrl.taskId());
            assertEquals(TaskStatus.READY, urlTask.status());
            assertEquals(6.0, urlTask.metadata().duration(), 0.001);
            assertEquals(640, urlTask.metadata().width());
            assertEquals(480, urlTask.metadata().height());
            assertEquals("clip.mkv", urlTask.metadata().filename());
            assertNotNull(urlTask.videoId());
            if (version.equals("1.2")) {
                assertEquals(urlTask.updatedAt(), urlTask.estimatedTime());
            } else {
                assertNull(urlTask.estimatedTime());
                assertEquals(byUrl.videoId(), urlTask.videoId());
            }
            Task fileTask = awaitTerminal(client, byFile.taskId());
            assertEquals(TaskStatus.READY, fileTask.status());
            assertEquals("moov-at-end.mov", fileTask.metadata().filename());
            Task failed = awaitTerminal(client, tooSmall.taskId());
            assertEquals(TaskStatus.FAILED, failed.status());
            assertTrue(failed.errorReason().contains("320x240"), failed.errorReason());

            Page<Task> failedOnly = client.listTasks(TaskQuery.all().withIndexId(index).withStatuses(List.of(TaskStatus.FAILED)));
            assertTrue(failedOnly.data().stream().allMatch(t -> t.status().equals(TaskStatus.FAILED)));
            assertTrue(failedOnly.data().stream().anyMatch(t -> t.id().equals(tooSmall.taskId())));
            assertEquals(List.of(byUrl.taskId()), client.listTasks(TaskQuery.all().withIndexId(index).withFilename("clip.mkv")
                    .withCreatedAt(urlTask.createdAt())).data().stream().map(Task::id).toList());
            Page<Task> firstOfOne = client.listTasks(TaskQuery.all().withPageLimit(1).withPage(1));
            assertEquals(1, firstOfOne.data().size());
            assertTrue(firstOfOne.pageInfo().totalPage() >= 3);
            assertTrue(client.listAllTasks(TaskQuery.all().withPageLimit(1)).size() >= 3, "listAll walks every page");

            client.deleteTask(failed.id());
            ApiException gone = assertThrows(ApiException.class, () -> client.getTask(failed.id()));
            assertEquals(404, gone.httpStatus());
            assertEquals("resource_not_exist", gone.code());
            assertTrue(client.lastRateLimit().isPresent(), "the client read the X-Ratelimit headers");
        }
    }

    private static String ownIndex(String version) {
        try (RawClient raw = RawClient.checked(sandbox, "1.3")) {
            return raw.json("POST", "/indexes", "{\"index_name\":\"client-v" + version
                    + "\",\"models\":[{\"model_name\":\"marengo3.0\",\"model_options\":[\"visual\"]}]}").json().get("_id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window's new-index request, with every model and option the version documents, as the sandbox takes it. */
    @ParameterizedTest(name = "v{0}")
    @ValueSource(strings = {"1.2", "1.3"})
    void anIndexMadeWithTheDocumentedModelsIsListedAndItsNameIsTakenAfter(String version) throws Exception {
        try (TwelveLabsClient client = client(version, sandbox.apiKey())) {
            List<IndexModel> models = IndexModels.documented(client.version()).stream()
                    .filter(o -> !o.name().equals("marengo2.7")) // one search model: 3.0 stands for the v1.3 pair
                    .map(o -> new IndexModel(o.name(), o.options())).toList();
            String name = "window-made v" + version;
            String id = client.createIndex(new CreateIndexRequest(name, models, List.of(IndexModels.THUMBNAIL)));

            Index listed = client.listAllIndexes().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
            assertEquals(name, listed.name());
            JsonNode raw = new ObjectMapper().readTree(client.getIndex(id).rawJson());
            JsonNode kept = raw.get("1.2".equals(version) ? "engines" : "models");
            assertEquals(models.size(), kept.size(), raw.toString());
            assertEquals(models.get(0).name(), kept.get(0).get("1.2".equals(version) ? "engine_name" : "model_name").asText());

            ApiException taken = assertThrows(ApiException.class, () -> client.createIndex(
                    new CreateIndexRequest(name, models, List.of())));
            assertEquals(409, taken.httpStatus());
            assertTrue(taken.getMessage().contains("index_name_already_exists"), taken.getMessage());
        }
    }

    @ParameterizedTest(name = "v{0}")
    @ValueSource(strings = {"1.2", "1.3"})
    void aWrongKeyIsATypedError(String version) {
        try (TwelveLabsClient client = client(version, "not-the-key")) {
            ApiException error = assertThrows(ApiException.class, () -> client.listIndexes(1, 10));
            assertEquals(401, error.httpStatus());
            assertEquals("api_key_invalid", error.code());
        }
    }

    /** Expect: 100-continue: the refusal comes before the file, not after 64 MB went out. */
    @Test
    void aWrongKeyIsRefusedBeforeAFileIsSent(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("large.mp4");
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024);
        }
        AtomicLong sent = new AtomicLong();
        try (TwelveLabsClient client = client("1.3", "not-the-key")) {
            ApiException error = assertThrows(ApiException.class, () -> client.createTask(
                    CreateTaskRequest.fromFile(SandboxServer.SANDBOX_INDEX_ID, video), (bytes, total) -> sent.set(bytes)));
            assertEquals(401, error.httpStatus());
            assertEquals(ApiException.Kind.API_ERROR, error.kind(), "a refusal is an answer, not an unknown outcome");
        }
        assertEquals(0, sent.get(), "bytes of the file sent before the refusal");
    }
}
