package io.reeldrop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.folderwatch.HandoverLedger;
import io.reeldrop.tracking.SandboxRig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch-folder} in-process against the sandbox, with real files: what is sent, once. */
class WatchFolderCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path VIDEO = Path.of("src/test/resources/media/valid.mp4");

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    private SandboxRig rig;

    @BeforeEach
    void start() {
        rig = new SandboxRig(60);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private record Result(int code, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    nodes.add(JSON.readTree(l));
                }
            }
            return nodes;
        }
    }

    /** {@code command} with the data folder and the sandbox's URL, then {@code extra}. */
    private Result run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--data-dir", dataDir.toString(), "--api-url",
                rig.sandbox.baseUrl()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReelDropCli.run(args.toArray(String[]::new), Map.of("TWELVE_LABS_API_KEY", rig.sandbox.apiKey()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result once(String... extra) {
        List<String> args = new ArrayList<>(List.of(folder.toString(), "--index", SandboxRig.INDEX,
                "--once", "--stable-seconds", "0.2"));
        args.addAll(List.of(extra));
        return run("watch-folder", args.toArray(String[]::new));
    }

    @Test
    void onlyNewVideosAreSentAndEachOnlyOnceEvenAfterItsRowIsForgotten() throws Exception {
        Files.copy(VIDEO, folder.resolve("old.mp4"));

        Result first = once();
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.out());
        assertTrue(first.err().contains("1 video was already in") && first.err().contains("--include-existing"),
                first.err());

        Files.copy(VIDEO, folder.resolve("new.mp4"));
        Result second = once();
        assertEquals(0, second.code(), second.err());
        JsonNode handed = second.lines().get(0);
        assertEquals("accepted", handed.path("outcome").asText(), second.out());
        assertEquals("new.mp4", handed.path("input").asText());
        String localId = handed.path("local_id").asText();
        assertTrue(second.lines().stream().anyMatch(l -> l.path("state").asText().equals("sent")), second.out());

        Result forget = run("forget", localId);
        assertEquals(0, forget.code(), forget.err());
        Result third = once();
        assertEquals(0, third.code(), third.err());
        assertEquals("", third.out(), "the forgotten video is not sent again");
        assertTrue(Files.readString(dataDir.resolve(HandoverLedger.FILE)).contains("new.mp4"));
    }

    @Test
    void existingVideosAreSentWhenAskedAtTheFirstWatch() throws Exception {
        Files.copy(VIDEO, folder.resolve("old.mp4"));
        Result r = once("--include-existing");
        assertEquals(0, r.code(), r.err());
        assertEquals("old.mp4", r.lines().get(0).path("input").asText(), r.out());
    }

    @Test
    void aMissingFolderOrABadIndexIsAUsageErrorWithASentence() {
        Result noFolder = run("watch-folder", folder.resolve("nope").toString(), "--index", SandboxRig.INDEX, "--once");
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("is not a folder"), noFolder.err());

        Result badIndex = run("watch-folder", folder.toString(), "--index", "abc", "--once");
        assertEquals(2, badIndex.code());
        assertTrue(badIndex.err().contains("24 hexadecimal"), badIndex.err());
    }

    @Test
    void watchingRunsUntilStoppedAndSendsWhatArrives() throws Exception {
        Files.copy(VIDEO, folder.resolve("arrived.mp4"));
        Result r = run("watch-folder", folder.toString(), "--index", SandboxRig.INDEX, "--include-existing",
                "--stable-seconds", "0.1", "--stop-after", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("arrived.mp4", r.lines().get(0).path("input").asText(), r.out());
        assertTrue(r.err().contains("Ctrl-C stops"), r.err());
    }
}
