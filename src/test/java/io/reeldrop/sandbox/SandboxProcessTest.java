package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone sandbox as a person runs it: a separate JVM stopped by Ctrl-C (SIGINT) or by
 * {@code kill} (SIGTERM). It must stop serving, release its port, save its state and say so,
 * instead of hanging in a shutdown hook. Costs one JVM start per signal (about a second).
 */
class SandboxProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/v1\\.3 \\(and /v1\\.2\\)");

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalStopsTheServerCleanly(String signal, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "needs a POSIX kill command to send the signal");
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("stderr.txt");
        Process sandbox = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
                "--sandbox-server", "--data-dir", data.toString()))
                .redirectError(stderr.toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
            Matcher listening = LISTENING.matcher(String.valueOf(line));
            assertTrue(listening.matches(), "first line: " + line);
            int port = Integer.parseInt(listening.group(1));
            try (RawClient api = new RawClient("http://127.0.0.1:" + port + "/v1.3", SandboxConfig.DEFAULT_API_KEY)) {
                assertEquals(200, api.get("/indexes").status());
            }

            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(sandbox.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());

            assertTrue(sandbox.waitFor(30, TimeUnit.SECONDS), "the sandbox ended within 30 s of SIG" + signal);
            int expectedExit = 128 + ("INT".equals(signal) ? 2 : 15); // the JVM's exit status after a signal
            assertEquals(expectedExit, sandbox.exitValue(), Files.readString(stderr));
            assertTrue(Files.readString(stderr).contains("sandbox stopped"), "says it stopped: " + Files.readString(stderr));
            assertTrue(Files.isRegularFile(data.resolve("sandbox-state.json")), "state saved in --data-dir");
            try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(port, again.getLocalPort(), "the port was released");
            }
        } finally {
            sandbox.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
