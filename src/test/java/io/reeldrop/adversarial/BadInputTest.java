package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.cli.ReelDropCli;
import io.reeldrop.sandbox.SandboxMain;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input table (issue 11, the adversarial suite): bad links, index ids, files, languages
 * and metadata given to the engine, bad ids and parameters given to the API client, and bad
 * settings of the client, the command line and the sandbox. Each is refused before any request,
 * with a sentence that names the problem: printable, ending in a period. A server stands ready
 * at the configured address the whole time; at the end it must have seen nothing.
 */
class BadInputTest {

    private static final String INDEX = "0123456789abcdef01234567";
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");

    @TempDir
    static Path dir;
    private static ScriptedServer server;
    private static TwelveLabsClient v13;
    private static TwelveLabsClient v12;
    private static Tracker engine13;
    private static Tracker engine12;

    @BeforeAll
    static void start() throws Exception {
        server = new ScriptedServer(HostileAnswers.reply(200, "{\"data\":[]}"));
        ApiKey key = ApiKey.of("tlk_BADINPUT_0123456789");
        v13 = TwelveLabsClient.create(ApiConfig.of(URI.create(server.origin() + "/v1.3"), key));
        v12 = TwelveLabsClient.create(ApiConfig.of(URI.create(server.origin() + "/v1.2"), key));
        engine13 = TrackerBuilder.forApi(v13).dataFolder(dir.resolve("h13")).build();
        engine12 = TrackerBuilder.forApi(v12).dataFolder(dir.resolve("h12")).build();
    }

    @AfterAll
    static void stop() throws Exception {
        engine13.close();
        engine12.close();
        v13.close();
        v12.close();
        server.close();
    }

    /** A row: what is tried, the sentence it gets, the fragment that sentence must hold. */
    private record Row(String name, Supplier<String> sentence, String fragment) {
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedBeforeAnyRequest() throws Exception {
        List<Row> rows = new ArrayList<>();
        links(rows);
        submissions(rows);
        for (BadInput.Refusal r : BadInput.clientRefusals(dir)) {
            rows.add(new Row("client: " + r.name(), () -> assertThrows(IllegalArgumentException.class,
                    () -> r.call().accept(v13)).getMessage(), r.fragment()));
        }
        for (Map.Entry<String, Runnable> s : BadInput.settingRefusals()) {
            String[] nameAndFragment = s.getKey().split("\\|");
            rows.add(new Row("setting: " + nameAndFragment[0], () -> assertThrows(IllegalArgumentException.class,
                    s.getValue()::run).getMessage(), nameAndFragment[1]));
        }
        commandLine(rows);
        sandbox(rows);
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            tests.add(DynamicTest.dynamicTest(row.name(), () -> {
                String sentence = row.sentence().get();
                assertTrue(sentence != null && sentence.contains(row.fragment()), row.name() + ": " + sentence);
                assertFalse(UNPRINTABLE.matcher(sentence).find(), row.name() + ": raw control character in " + sentence);
                assertTrue(sentence.strip().endsWith(".") || sentence.strip().endsWith("options."), sentence);
                assertTrue(sentence.length() < 1000, "a sentence, not a dump: " + sentence.length());
                assertEquals(List.of(), server.requests(), "nothing was sent");
            }));
        }
        tests.add(DynamicTest.dynamicTest("at least 100 rows", () -> assertTrue(rows.size() >= 100, "" + rows.size())));
        return tests.stream();
    }

    private static String refusedByEngine(Tracker engine, Submission s) {
        List<SubmitOutcome> out = engine.submit(List.of(s));
        assertEquals(SubmitOutcome.Kind.REJECTED, out.get(0).kind(), out.toString());
        return out.get(0).problem();
    }

    private static void link(List<Row> rows, String url, String fragment) {
        rows.add(new Row("link: " + BadInput.printable(url),
                () -> refusedByEngine(engine13, Submission.ofUrl(INDEX, null, url)), fragment));
    }

    private static void links(List<Row> rows) {
        link(rows, "   ", "The line is empty.");
        link(rows, "example.com/a.mp4", "is not a full link");
        link(rows, "//example.com/a.mp4", "is not a full link");
        for (String scheme : List.of("file:///home/me/a.mp4", "ftp://h.example.com/a.mp4", "javascript:alert(1)",
                "data:video/mp4;base64,AAAA", "mailto:a@b.example", "rtsp://cam.example.com/live", "smb://nas/a.mp4")) {
            link(rows, scheme, "Twelve Labs downloads videos over http or https only");
        }
        for (String noHost : List.of("https:///a.mp4", "https:e.com/a.mp4", "https://a..b/v.mp4")) {
            link(rows, noHost, "has no host name");
        }
        for (String invalid : List.of("https://", "https://exa mple.com/a.mp4", "https://example.com/a b.mp4",
                "https://e.com/%zz.mp4", "https://[::1/a.mp4", "https://e.com/a.mp4 https://e.com/b.mp4",
                "<https://e.com/a.mp4>", "\"https://e.com/a.mp4\"", "https://e.com/a.mp4\u00a0x", "https://e.com/{x}.mp4")) {
            link(rows, invalid, "is not a valid link");
        }
        for (String unseen : List.of("https://e.com/a\tb.mp4", "https://e.com/\u001b[2J.mp4",
                "https://e.com/a.mp4\r\nX-Injected: 1", "https://e.com/a\u202Etxt.mp4", "https://e.com/a\u200Bb.mp4",
                "https://e.com/\u0000.mp4", "https://e.com/a.mp4#\u0085", "https://e.com/\u2028.mp4",
                "https://e.com/a.mp4\u0007", "https://e.com/a\u2066b.mp4", "https://e.com/\u009b31m.mp4")) {
            link(rows, unseen, "holds a control or invisible character");
        }
        link(rows, "https://me:pw@e.com/a.mp4", "contains a user name or password");
        link(rows, "https://me@e.com/a.mp4", "contains a user name or password");
        link(rows, "https://me:pw@my_host.example.com/a.mp4", "contains a user name or password");
        for (String page : List.of("https://www.youtube.com/watch?v=x", "https://youtu.be/x", "https://music.youtube.com/x",
                "https://vimeo.com/123", "https://player.vimeo.com/video/1", "https://drive.google.com/file/d/x/view",
                "https://www.dropbox.com/s/x/a.mp4", "https://YOUTUBE.COM./watch?v=x", "https://m.youtube.com/watch?v=x")) {
            link(rows, page, "is a web page, not a video file");
        }
        link(rows, "https://e.com:99999/a.mp4", "ports go up to 65535");
        link(rows, "https://cdn.example.com/v.mp4?p=" + "a".repeat(100 * 1024), "characters long; ReelDrop takes links of"
                + " at most 8192");
        link(rows, "https://cdn.example.com/v.mp4?p=" + "a".repeat(8192), "characters long");
    }

    private static void submissions(List<Row> rows) throws Exception {
        for (String index : List.of("", "   ")) {
            rows.add(new Row("index: blank", () -> refusedByEngine(engine13,
                    Submission.ofUrl(index, null, "https://e.com/a.mp4")), "No index is chosen."));
        }
        for (String index : List.of("abc", "0123456789abcdef0123456", "0123456789abcdef012345678",
                "0123456789abcdef0123456g", "../../../etc/passwd", "0123456789abcdef01234567\u001b",
                "0123456789ab cdef01234567", "x".repeat(100_000))) {
            rows.add(new Row("index: " + BadInput.printable(index), () -> refusedByEngine(engine13,
                    Submission.ofUrl(index, null, "https://e.com/a.mp4")), "is not 24 hexadecimal characters"));
        }
        Path big = dir.resolve("huge.mp4");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((2L << 30) + 1);
        }
        Map<Path, String> files = Map.of(dir.resolve("missing.mp4"), "does not exist or is not a file",
                dir, "does not exist or is not a file", big, "is larger than 2 GB, the API's limit",
                dir.resolve("vid\u001b[2J.mp4"), "vid?[2J.mp4 does not exist");
        files.forEach((file, fragment) -> rows.add(new Row("file: " + BadInput.printable(file.getFileName().toString()),
                () -> refusedByEngine(engine13, Submission.ofFile(INDEX, null, file)), fragment)));
        for (String language : List.of("not a code", "e", "en_US", "\u001b[31m", "english-language-x")) {
            rows.add(new Row("language: " + BadInput.printable(language), () -> refusedByEngine(engine13,
                    Submission.ofUrl(INDEX, language, "https://e.com/a.mp4")), "is not a language code"));
        }
        rows.add(new Row("language fr on v1.2", () -> refusedByEngine(engine12,
                Submission.ofUrl(INDEX, "fr", "https://e.com/a.mp4")), "only takes \"en\""));
        for (String metadata : List.of("[1]", "null", "\"text\"", "42")) {
            rows.add(new Row("metadata " + metadata, () -> refusedByEngine(engine13, withMetadata(metadata)),
                    "must be a JSON object"));
        }
        for (String metadata : List.of("{", "{\"a\":}", "[".repeat(200_000))) {
            rows.add(new Row("metadata " + metadata.substring(0, Math.min(10, metadata.length())),
                    () -> refusedByEngine(engine13, withMetadata(metadata)), "is not valid JSON"));
        }
        rows.add(new Row("metadata on v1.2", () -> refusedByEngine(engine12, withMetadata("{}")),
                "API v1.2 does not take user metadata"));
    }

    private static Submission withMetadata(String json) {
        return new Submission(UploadFlow.TASKS, INDEX, null, "https://e.com/a.mp4", null, json, null);
    }

    private static String cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("TWELVE_LABS_API_KEY", "tlk_BADINPUT_0123456789",
                "TWELVELABS_BASE_URL", server.origin() + "/v1.3");
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--data-dir");
        all.add(2, dir.resolve("cli").toString());
        int code = ReelDropCli.run(all.toArray(String[]::new), env, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code, "a usage or configuration error: " + err);
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void commandLine(List<Row> rows) {
        String url = "https://cdn.example.com/a.mp4";
        rows.add(new Row("cli: --timeout 0", () -> cli("submit", "--index", INDEX, "--timeout", "0", url),
                "--timeout must be a positive number of seconds"));
        rows.add(new Row("cli: --timeout -5", () -> cli("submit", "--index", INDEX, "--timeout", "-5", url),
                "--timeout must be a positive number of seconds"));
        rows.add(new Row("cli: --timeout x", () -> cli("submit", "--index", INDEX, "--timeout", "x", url),
                "Invalid value for option '--timeout'"));
        rows.add(new Row("cli: --api-url ftp", () -> cli("submit", "--index", INDEX, "--api-url", "ftp://x/v1.3", url),
                "is not a web address"));
        rows.add(new Row("cli: --api-url with a space", () -> cli("submit", "--index", INDEX, "--api-url", "not a url", url),
                "is not a valid URL"));
        rows.add(new Row("cli: --api-url without a version", () -> cli("submit", "--index", INDEX, "--api-url",
                "https://api.twelvelabs.io/", url), "The API URL"));
        rows.add(new Row("cli: --api-url over plain http", () -> cli("submit", "--index", INDEX, "--api-url",
                "http://api.example.com/v1.3", url), "is plain http, so the API key would travel unencrypted"));
        rows.add(new Row("cli: --sandbox-time-scale 0", () -> cli("submit", "--index", INDEX, "--sandbox",
                "--sandbox-time-scale", "0", url), "--sandbox-time-scale must be a positive number"));
        rows.add(new Row("cli: --sandbox-time-scale abc", () -> cli("submit", "--index", INDEX, "--sandbox",
                "--sandbox-time-scale", "abc", url), "Invalid value for option '--sandbox-time-scale'"));
        rows.add(new Row("cli: --index bad", () -> cli("submit", "--index", "bad\u001b[2J", url),
                "The index id \"bad?[2J\" is not 24 hexadecimal characters"));
        rows.add(new Row("cli: unknown option", () -> cli("list", "--colour"), "Unknown option: '--colour'"));
        rows.add(new Row("cli: submit without a URL", () -> cli("submit", "--index", INDEX), "Missing required parameter"));
        rows.add(new Row("cli: adopt and send again", () -> cli("resolve", "abc", "--adopt", "t1", "--send-again"),
                "are mutually exclusive"));
    }

    private static void sandbox(List<Row> rows) {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("--time-scale 0", "The time scale (--time-scale) must be greater than 0");
        cases.put("--port 70000", "The port (--port) must be between 0 and 65535");
        cases.put("--upload-port -1", "The upload port (--upload-port) must be between 0 and 65535");
        cases.put("--rate-limit 0", "The rate limit (--rate-limit) must be at least 1");
        cases.put("--api-version 2.0", "The API version (--api-version) must be 1.2 or 1.3");
        cases.put("--api-key  ", "The API key (--api-key) must not be blank.");
        cases.put("--bind 0.0.0.0", "the well-known key \"sandbox\" would let anyone in");
        cases.put("--max-downloads 0", "--max-downloads must be at least 1");
        cases.put("--max-download-bytes 0", "--max-download-bytes must be at least 1");
        cases.forEach((args, fragment) -> rows.add(new Row("sandbox: " + args, () -> sandboxRefusal(args), fragment)));
    }

    /** Runs the standalone sandbox with bad options: it must stop at once with exit 2 and a sentence. */
    private static String sandboxRefusal(String args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            String[] split = args.split(" ", 2);
            code = SandboxMain.run(new String[]{"--sandbox-server", split[0], split[1]});
        } finally {
            System.setErr(before);
        }
        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }
}
