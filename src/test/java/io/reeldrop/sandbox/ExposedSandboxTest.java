package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.testsupport.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A sandbox bound beyond loopback (issue 11, item 9): no well-known key, no private video URLs
 * unless allowed, and on any bind one sandbox per state folder, whose state is owner-only.
 */
class ExposedSandboxTest {

    private static final String KEY = "k-exposed-0123456789";

    private static JsonNode finish(RawClient api, String url) {
        RawClient.Answer created = api.postForm("/tasks", RawClient.fields("index_id", SandboxServer.SANDBOX_INDEX_ID,
                "video_url", url));
        assertEquals(200, created.status(), created.body());
        String id = created.json().get("_id").asText();
        return Await.until(() -> api.get("/tasks/" + id).json(),
                t -> t.get("status").asText().equals("ready") || t.get("status").asText().equals("failed"),
                Duration.ofSeconds(20), url + " to finish");
    }

    @Test
    void beyondLoopbackTheWellKnownKeyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SandboxServer.start(SandboxConfig.defaults().withBindAddress("0.0.0.0")));
        assertEquals("--bind 0.0.0.0 makes the sandbox reachable beyond this computer, where the well-known key "
                + "\"sandbox\" would let anyone in. Give a key of your own with --api-key, or in the "
                + "REELDROP_SANDBOX_API_KEY environment variable, which keeps it out of the process list.", e.getMessage());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, new CommandLine(new SandboxMain(System.out, Map.of())).execute("--bind", "0.0.0.0"));
        } finally {
            System.setErr(before);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("reeldrop: --bind 0.0.0.0 makes the sandbox"), err.toString());
    }

    @Test
    void theKeyMayComeFromTheEnvironmentSoItStaysOutOfTheProcessList() {
        SandboxMain main = new SandboxMain(System.out, Map.of("REELDROP_SANDBOX_API_KEY", KEY));
        new CommandLine(main).parseArgs("--bind", "0.0.0.0");
        assertEquals(KEY, main.config().apiKey());
        assertFalse(main.config().effectiveGuards().allowPrivateUrls(), "beyond loopback: public URLs only");
        SandboxMain flag = new SandboxMain(System.out, Map.of("REELDROP_SANDBOX_API_KEY", KEY));
        new CommandLine(flag).parseArgs("--bind", "0.0.0.0", "--api-key", "other", "--allow-private-urls",
                "--max-downloads", "3", "--max-download-bytes", "1000");
        assertEquals("other", flag.config().apiKey());
        assertEquals(new SandboxGuards(true, 3, 1000, Duration.ofSeconds(10), 1024), flag.config().effectiveGuards());
        SandboxMain local = new SandboxMain(System.out, Map.of());
        new CommandLine(local).parseArgs();
        assertEquals("sandbox", local.config().apiKey(), "on loopback the well-known key stays the default");
        assertEquals(SandboxGuards.forLoopback(), local.config().effectiveGuards());
    }

    @Test
    void beyondLoopbackAVideoUrlOnAPrivateAddressIsNotFetched() throws Exception {
        try (FixtureHttpServer files = new FixtureHttpServer(Fixtures.directory());
             SandboxServer exposed = SandboxServer.start(SandboxConfig.defaults().withBindAddress("0.0.0.0")
                     .withApiKey(KEY).withTimeScale(1000));
             RawClient api = new RawClient(exposed.baseUrl(), KEY)) {
            JsonNode task = finish(api, files.url("range", "valid.mp4").toString());
            assertEquals("failed", task.get("status").asText());
            assertTrue(task.get("error_reason").asText().startsWith("The video_url leads to 127.0.0.1, a loopback address"
                    + " (127.0.0.1). This sandbox is reachable beyond this computer, so it fetches only public addresses;"
                    + " start it with --allow-private-urls to allow this."), task.toString());
            assertEquals(0, files.requests(), "nothing was fetched");
        }
        try (FixtureHttpServer files = new FixtureHttpServer(Fixtures.directory());
             SandboxServer allowed = SandboxServer.start(SandboxConfig.defaults().withBindAddress("0.0.0.0")
                     .withApiKey(KEY).withTimeScale(1000)
                     .withGuards(SandboxGuards.forNetwork().withAllowPrivateUrls(true)));
             RawClient api = new RawClient(allowed.baseUrl(), KEY)) {
            assertEquals("ready", finish(api, files.url("range", "valid.mp4").toString()).get("status").asText());
        }
    }

    @Test
    void twoSandboxesCannotShareAStateFolder(@TempDir Path data) {
        SandboxConfig config = SandboxConfig.defaults().withDataDir(data.resolve("sandbox"));
        try (SandboxServer first = SandboxServer.start(config)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SandboxServer.start(config));
            assertEquals("Another sandbox is using the data folder " + data.resolve("sandbox") + " (it holds "
                    + data.resolve("sandbox").resolve("sandbox.lock") + "). Stop that one, or give this one another"
                    + " --data-dir.", e.getMessage());
            assertTrue(first.port() > 0, "the first one keeps serving");
        }
        try (SandboxServer after = SandboxServer.start(config)) {
            assertTrue(after.port() > 0, "free again once the first stopped");
        }
    }

    @Test
    void theStateAndItsFolderAreTheOwnersOnly(@TempDir Path data) throws Exception {
        Path folder = data.resolve("new").resolve("sandbox");
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withDataDir(folder))) {
            assertTrue(sandbox.port() > 0);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    folder.resolve("sandbox-state.json"))));
        }
        assertFalse(Files.exists(folder.resolve("sandbox-state.json.tmp")), "the temp file was renamed into place");
    }
}
