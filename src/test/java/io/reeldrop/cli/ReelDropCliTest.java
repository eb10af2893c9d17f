package io.reeldrop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.sandbox.FaultPlan;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.VideoFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
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

/** The command line in-process against the sandbox: output lines, exit codes, messages. */
class ReelDropCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
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
        List<JsonNode> lines() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    try {
                        nodes.add(JSON.readTree(l));
                    } catch (Exception e) {
                        throw new AssertionError("not a JSON line: " + l, e);
                    }
                }
            }
            return nodes;
        }
    }

    private Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReelDropCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(String... args) {
        return run(Map.of("TWELVE_LABS_API_KEY", rig.sandbox.apiKey()), args);
    }

    private List<String> common() {
        return List.of("--data-dir", dataDir.toString(), "--api-url", rig.sandbox.baseUrl());
    }

    private Result submit(String... extra) {
        List<String> args = new ArrayList<>(List.of("submit"));
        args.addAll(common());
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void submitWaitPrintsOneLinePerChangeAndExitsZeroWhenAllAreReady() {
        Result r = submit("--index", SandboxRig.INDEX, "--wait", rig.videos.url("a"), rig.videos.url("b"));

        assertEquals(0, r.code(), r.err());
        List<JsonNode> lines = r.lines();
        assertTrue(lines.size() >= 4, "several changes per task: " + r.out());
        for (String name : List.of("a.mp4", "b.mp4")) {
            JsonNode last = lines.stream().filter(l -> l.path("video").asText().endsWith(name))
                    .reduce((x, y) -> y).orElseThrow();
            assertEquals("ready", last.path("status").asText(), r.out());
            assertEquals(5.0, last.path("duration").asDouble(), 0.5);
            assertFalse(last.path("task_id").isNull());
        }
    }

    @Test
    void aFailedTaskOrARejectedLineExitsOne() {
        rig.sandbox.faults().set(FaultPlan.none().withTaskFailures(1.0));
        Result r = submit("--index", SandboxRig.INDEX, "--wait", "--flow", "tasks", rig.videos.url("x"),
                "ftp://nope/y.mp4");

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.lines().stream().anyMatch(l -> l.path("outcome").asText().equals("rejected")
                && l.path("problem").asText().contains("http or https")), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.path("status").asText().equals("failed")), r.out());
    }

    @Test
    void aLinkThatIsNotAVideoIsHeldBeforeAnythingIsSpent() {
        Result r = submit("--index", SandboxRig.INDEX, "--wait", rig.videos.brokenUrl("not-a-video"));

        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode last = r.lines().get(r.lines().size() - 1);
        assertEquals("needs_decision", last.path("state").asText(), r.out());
        assertTrue(last.path("note").asText().contains("Send again sends it anyway"), r.out());
        assertEquals(0, rig.serverTasks().size(), "nothing was sent");
    }

    @Test
    void usageAndConfigurationErrorsExitTwoWithASentence() {
        Result badIndex = submit("--index", "abc", rig.videos.url("a"));
        assertEquals(2, badIndex.code());
        assertTrue(badIndex.err().contains("24 hexadecimal"), badIndex.err());

        List<String> args = new ArrayList<>(List.of("submit"));
        args.addAll(common());
        args.addAll(List.of("--index", SandboxRig.INDEX, rig.videos.url("a")));
        Result noKey = run(Map.of(), args.toArray(String[]::new));
        assertEquals(2, noKey.code());
        assertTrue(noKey.err().contains("No API key") && noKey.err().contains("--sandbox"), noKey.err());

        Result unknownOption = run("submit", "--frobnicate", "--index", SandboxRig.INDEX, rig.videos.url("a"));
        assertEquals(2, unknownOption.code());
        assertEquals(List.of("Unknown option: '--frobnicate'", "Run 'reeldrop submit --help' for the options."),
                unknownOption.err().lines().toList(), "a sentence and a hint, not the whole help");

        Result badUrl = run("submit", "--data-dir", dataDir.toString(), "--api-url", "http://[bad", "--index",
                SandboxRig.INDEX, rig.videos.url("a"));
        assertEquals(2, badUrl.code());
        assertTrue(badUrl.err().startsWith("--api-url \"http://[bad\" is not a valid URL"), badUrl.err());
        assertFalse(badUrl.err().contains("\tat "), "no stack trace: " + badUrl.err());
        assertEquals(0, rig.serverTasks().size(), "nothing was sent");
    }

    @Test
    void sandboxWorksFromAFreshDataFolderWithoutAKey(@TempDir Path fresh) {
        Path dataFolder = fresh.resolve("not-created-yet");
        Result r = run(Map.of(), "submit", "--sandbox", "--sandbox-time-scale", "60", "--data-dir",
                dataFolder.toString(), "--index", SandboxRig.INDEX, "--wait", rig.videos.url("offline"));

        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode last = r.lines().get(r.lines().size() - 1);
        assertEquals("ready", last.path("status").asText(), r.out());
        assertEquals("offline.mp4", last.path("filename").asText(), r.out());
        assertTrue(Files.exists(dataFolder.resolve("history.json")), "the history is kept");
        assertFalse(Files.exists(dataFolder.resolve("history.lock")), "a clean exit leaves no lock");
    }

    @Test
    void listRetryAndForgetWorkOnTheSameHistory() throws Exception {
        rig.sandbox.faults().set(FaultPlan.none().withTaskFailures(1.0));
        assertEquals(1, submit("--index", SandboxRig.INDEX, "--wait", "--flow", "tasks", rig.videos.url("retry-me"))
                .code());

        Result list = run("list", "--json", "--data-dir", dataDir.toString());
        assertEquals(0, list.code(), list.err());
        JsonNode tasks = JSON.readTree(list.out());
        assertEquals(1, tasks.size());
        String localId = tasks.get(0).path("local_id").asText();
        assertEquals("failed", tasks.get(0).path("status").asText());

        Result csv = run("list", "--csv", "--data-dir", dataDir.toString());
        assertEquals(0, csv.code(), csv.err());
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.out())).getRecords();
        assertEquals(2, records.size(), csv.out());
        assertEquals(List.of("Video", "Profile", "Index", "Status", "Reason", "ETA", "Duration", "Resolution", "Created",
                "Updated", "Task id", "Local id", "Index id", "Video id", "URL or file", "HLS URL", "User metadata"),
                records.get(0).toList(), "the window's columns, then the extras: the one definition");
        CSVRecord row = records.get(1);
        assertEquals(rig.sandbox.baseUrl(), row.get(1), "no saved profile has this URL: its id is its name");
        assertEquals(SandboxRig.INDEX, row.get(2), "no index names without asking the API: the id");
        assertEquals("failed", row.get(3));
        assertFalse(row.get(4).isBlank(), "the reason, in words: " + row);
        assertEquals(tasks.get(0).path("task_id").asText(), row.get(10));
        assertEquals(localId, row.get(11));

        List<String> retryArgs = new ArrayList<>(List.of("retry", localId.substring(0, 6), "--wait"));
        retryArgs.addAll(common());
        Result retried = run(retryArgs.toArray(String[]::new));
        assertEquals(1, retried.code(), "the task fails again: " + retried.out() + retried.err());
        assertEquals(2, rig.serverTasks().size(), "a retry is a new task");

        Result forgotten = run("forget", localId, "--data-dir", dataDir.toString());
        assertEquals(0, forgotten.code(), forgotten.err());
        Result table = run("list", "--data-dir", dataDir.toString());
        assertFalse(table.out().contains(localId), table.out());
        assertTrue(table.out().contains("retry-me.mp4"), "the retried task stays: " + table.out());
    }

    @Test
    void csvAndJsonTogetherAreAUsageError() {
        Result both = run("list", "--csv", "--json", "--data-dir", dataDir.toString());
        assertEquals(2, both.code());
        assertEquals("Choose one of --json and --csv.", both.err().strip());
    }

    @Test
    void importTracksTasksStartedElsewhere(@TempDir Path otherFolder) {
        List<String> args = new ArrayList<>(List.of("submit", "--data-dir", otherFolder.toString(), "--api-url",
                rig.sandbox.baseUrl(), "--index", SandboxRig.INDEX, "--wait", "--flow", "tasks",
                rig.videos.url("elsewhere")));
        assertEquals(0, run(args.toArray(String[]::new)).code());

        List<String> importArgs = new ArrayList<>(List.of("import", "--index", SandboxRig.INDEX));
        importArgs.addAll(common());
        Result imported = run(importArgs.toArray(String[]::new));

        assertEquals(0, imported.code(), imported.err());
        assertEquals(1, imported.lines().get(0).path("imported").asInt());
        Result list = run("list", "--data-dir", dataDir.toString());
        assertTrue(list.out().contains("elsewhere.mp4") && list.out().contains("ready"), list.out());
    }

    @Test
    void submitSendsLinksAndFilesThroughTheAssetsFlowWithMetadata(@TempDir Path files) throws Exception {
        Path file = VideoFiles.copyFixture(files, "valid.mp4", "interview.mp4");
        Result r = submit("--index", SandboxRig.INDEX, "--wait", "--meta", "camera=A", "--meta", "take=3",
                rig.videos.url("from-a-link"), file.toString());

        assertEquals(0, r.code(), r.err() + r.out());
        try (TwelveLabsClient c = rig.newClient()) {
            List<IndexedAsset> listed = c.assets().listIndexedAssets(SandboxRig.INDEX, IndexedAssetQuery.all()).data();
            assertEquals(2, listed.size(), "v1.3 takes the assets flow by default: " + r.out());
            for (IndexedAsset item : listed) {
                IndexedAsset a = c.assets().getIndexedAsset(SandboxRig.INDEX, item.id());
                assertEquals("A", a.userMetadata().get("camera"));
                assertEquals(3, ((Number) a.userMetadata().get("take")).intValue());
            }
        }
        assertEquals(0, rig.serverTasks().size(), "no legacy task was made");

        Result legacy = submit("--index", SandboxRig.INDEX, "--wait", "--flow", "tasks", rig.videos.url("legacy"));
        assertEquals(0, legacy.code(), legacy.err());
        assertEquals(1, rig.serverTasks().size(), "--flow tasks keeps POST /tasks");

        Result bad = submit("--index", SandboxRig.INDEX, "--flow", "carrier-pigeon", rig.videos.url("x"));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--flow takes assets or tasks"), bad.err());
    }
}
