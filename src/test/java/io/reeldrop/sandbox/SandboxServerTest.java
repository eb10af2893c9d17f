package io.reeldrop.sandbox;

import io.reeldrop.testsupport.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.media.FixtureHttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting and stopping in-process: URLs, the free port, and that stopping releases everything. */
class SandboxServerTest {

    @Test
    void startsOnAFreeLoopbackPortWithBothVersions() {
        try (SandboxServer sandbox = SandboxServer.start()) {
            assertTrue(sandbox.port() > 0);
            assertEquals("http://127.0.0.1:" + sandbox.port() + "/v1.3", sandbox.baseUrl());
            assertEquals("http://127.0.0.1:" + sandbox.port() + "/v1.2", sandbox.baseUrl("1.2"));
            assertThrows(IllegalArgumentException.class, () -> sandbox.baseUrl("2.0"));
        }
        try (SandboxServer v12 = SandboxServer.start(SandboxConfig.defaults().withPrimaryVersion("1.2"))) {
            assertTrue(v12.baseUrl().endsWith("/v1.2"));
        }
    }

    @Test
    void listensOnLoopbackOnlyUnlessAnotherAddressIsAskedFor() {
        try (SandboxServer sandbox = SandboxServer.start()) {
            assertTrue(sandbox.boundAddress().getAddress().isLoopbackAddress(), "bound to " + sandbox.boundAddress());
        }
        try (SandboxServer everywhere = SandboxServer.start(SandboxConfig.defaults().withBindAddress("0.0.0.0")
                .withApiKey("k-not-the-well-known-one"))) {
            assertTrue(everywhere.boundAddress().getAddress().isAnyLocalAddress(), "bound to " + everywhere.boundAddress());
            assertEquals("http://127.0.0.1:" + everywhere.port() + "/v1.3", everywhere.baseUrl(),
                    "a wildcard bind is still reached through loopback from this machine");
        }
    }

    @Test
    void stoppingReleasesThePortTheThreadsAndTheTemporaryFolder() throws Exception {
        SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000));
        int port = sandbox.port();
        Path temporary = sandbox.dataDir();
        try (RawClient api = new RawClient(sandbox.baseUrl(), sandbox.apiKey())) {
            String id = api.postMultipart("/tasks", Map.of("index_id", SandboxServer.SANDBOX_INDEX_ID), "valid.mp4",
                    FixtureHttpServer.fixtureBytes("valid.mp4")).json().get("_id").asText();
            Await.until(() -> api.get("/tasks/" + id).json().get("status").asText(), "ready"::equals, Duration.ofSeconds(20), "ready");
        }
        sandbox.close();
        sandbox.close(); // twice is harmless
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
        assertFalse(Files.exists(temporary), "the temporary data folder is deleted");
        // Counts every sandbox thread in the JVM: a sandbox another test left open shows up here, by name.
        Await.until(SandboxServerTest::sandboxThreads, List::isEmpty, Duration.ofSeconds(10), "sandbox threads to end");
    }

    @Test
    void aTakenPortIsAReadableError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> SandboxServer.start(SandboxConfig.defaults().withPort(taken.getLocalPort())));
            assertTrue(error.getMessage().contains("Choose another --port"), error.getMessage());
        }
    }

    private static List<String> sandboxThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("sandbox-"))
                .map(Thread::getName)
                .sorted()
                .toList();
    }
}
