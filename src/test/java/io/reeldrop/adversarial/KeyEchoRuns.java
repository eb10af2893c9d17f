package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.cli.ReelDropCli;
import io.reeldrop.tracking.VideoHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sends videos to a {@link KeyEchoServer} through the command line twice, in a child JVM and in
 * this one (with ReelDrop's and HttpClient's logs turned up to ALL, wire and headers included),
 * then sweeps everything both left for the key: stdout, stderr, the logs and the data folders.
 */
final class KeyEchoRuns {

    static final String INDEX = "0123456789abcdef01234567";

    private KeyEchoRuns() {
    }

    /** What was swept, and what the runs printed (to check that they met the echoes at all). */
    record Result(KeySweep sweep, String printed, int requests) {
    }

    /** @param videoNames names from {@link KeyEchoServer#videoName}, served as real clips on loopback */
    static Result sendAndSweep(Path work, String key, List<String> videoNames) throws Exception {
        KeySweep sweep = new KeySweep(key);
        KeySweep.LogCapture logs = new KeySweep.LogCapture().install();
        StringBuilder printed = new StringBuilder();
        int requests;
        try (KeyEchoServer echo = new KeyEchoServer(); VideoHost videos = new VideoHost()) {
            List<String> submit = new ArrayList<>(List.of("submit", "--index", INDEX, "--timeout", "5"));
            videoNames.forEach(name -> submit.add(videos.url(name)));

            Path childData = work.resolve("child-data");
            ChildCli cli = new ChildCli(childData, echo.baseUrl(), key);
            for (List<String> args : List.of(submit, List.of("list", "--json"), List.of("list"))) {
                ChildCli.Run run = cli.start(args, work.resolve("child-" + args.get(0) + "-" + args.size()));
                assertTrue(run.process().waitFor(60, TimeUnit.SECONDS), "the child did not end: " + args);
                sweep.text("child stdout of " + args.get(0), run.stdout());
                sweep.text("child stderr of " + args.get(0), run.stderr());
                printed.append(run.stdout()).append(run.stderr());
            }

            Path ownData = work.resolve("in-process-data");
            KeySweep.Captured out = new KeySweep.Captured();
            KeySweep.Captured err = new KeySweep.Captured();
            for (List<String> args : List.of(submit, List.of("list", "--json"))) {
                List<String> all = new ArrayList<>(args);
                all.addAll(List.of("--data-dir", ownData.toString(), "--api-url", echo.baseUrl()));
                ReelDropCli.run(all.toArray(String[]::new), Map.of("TWELVE_LABS_API_KEY", key), out.stream,
                        err.stream);
            }
            sweep.text("in-process stdout", out.text());
            sweep.text("in-process stderr", err.text());
            printed.append(out.text()).append(err.text());
            sweep.tree(childData, KeyEchoRuns::isKeyStore);
            sweep.tree(ownData, KeyEchoRuns::isKeyStore);
            requests = echo.requests.get();
        } finally {
            logs.uninstall();
        }
        sweep.text("java.util.logging (ALL)", logs.text());
        return new Result(sweep, printed.toString(), requests);
    }

    /** The one file allowed to hold a key: the owner-only key store, when a person saved a key. */
    static boolean isKeyStore(Path p) {
        return p.getFileName().toString().startsWith("credentials.properties");
    }
}
