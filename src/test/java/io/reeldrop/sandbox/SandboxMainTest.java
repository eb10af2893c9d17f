package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.testsupport.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The standalone entry: its one line of output, its options, and a clean stop. */
class SandboxMainTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/v1\\.(\\d) \\(and /v1\\.(\\d)\\)\\R");

    @Test
    void printsOneLineServesAndStopsCleanly(@TempDir Path data) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SandboxMain main = new SandboxMain(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CommandLine command = new CommandLine(main);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command.execute(
                "--sandbox-server", "--port", "0", "--api-key", "k1", "--time-scale", "4", "--data-dir", data.toString(),
                "--api-version", "1.2"));
        String line = Await.until(() -> captured.toString(StandardCharsets.UTF_8), text -> text.endsWith("\n"),
                Duration.ofSeconds(20), "the listening line");
        Matcher matcher = LISTENING.matcher(line);
        assertTrue(matcher.matches(), "exact wording: " + line);
        assertEquals("2", matcher.group(2));
        assertEquals("3", matcher.group(3));
        try (RawClient api = new RawClient("http://127.0.0.1:" + matcher.group(1) + "/v1.3", "k1")) {
            assertEquals(200, api.get("/indexes").status());
        }
        main.stop();
        assertEquals(0, exit.get());
        assertTrue(data.resolve("sandbox-state.json").toFile().isFile(), "state saved in --data-dir");
    }

    @Test
    void optionsBecomeTheConfig() {
        SandboxMain main = new SandboxMain(System.out);
        new CommandLine(main).parseArgs("--bind", "0.0.0.0", "--port", "8123", "--rate-limit", "9",
                "--fault-seed", "5", "--fault-server-errors", "0.25", "--fault-latency-ms", "40", "--fault-drop", "0.1",
                "--fault-429-bursts", "0.05", "--fault-429-burst-length", "4", "--fault-task-failures", "0.5",
                "--upload-port", "8124", "--fault-expired-urls", "0.2", "--fault-slow-uploads", "65536");
        SandboxConfig config = main.config();
        assertEquals("0.0.0.0", config.bindAddress());
        assertEquals(8123, config.port());
        assertEquals(8124, config.uploadPort());
        assertEquals(9, config.rateLimitPerMinute());
        assertEquals("sandbox", config.apiKey());
        assertEquals(new FaultPlan(5, 0.25, Duration.ofMillis(40), 0.1, 0.05, 4, 0.5, 0.2, 65536), config.faults());
    }

    @Test
    void theKeyIsNotPrintedWithTheConfig() {
        SandboxConfig config = SandboxConfig.defaults().withApiKey("tlk_REAL_LOOKING_KEY_123");
        assertFalse(config.toString().contains("tlk_REAL_LOOKING_KEY_123"), config.toString());
        assertTrue(config.toString().contains("apiKey=hidden") && config.toString().contains("port=0"), config.toString());
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsAMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new SandboxMain(System.out)).execute("--data-dir", file.resolve("data").toString());
        } finally {
            System.setErr(before);
        }
        assertEquals(2, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("reeldrop: the data folder " + file.resolve("data") + " cannot be created"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void badValuesExitWithAMessage() {
        assertEquals(2, new CommandLine(new SandboxMain(System.out)).execute("--time-scale", "0"));
        assertEquals(2, new CommandLine(new SandboxMain(System.out)).execute("--api-version", "2.0"));
        assertEquals(2, new CommandLine(new SandboxMain(System.out)).execute("--fault-drop", "3"));
    }
}
