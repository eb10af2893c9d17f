package io.reeldrop.adversarial;

import io.reeldrop.Main;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the real program, {@code io.reeldrop.Main}, in a child JVM on this test's class path,
 * as a person's script would: the key in {@code TWELVE_LABS_API_KEY}, the API and the data folder
 * as flags, stdout and stderr in files that outlive a SIGKILL. Without a key, the command finds
 * the one kept for the API in the key store, as after a person connected in the window.
 */
final class ChildCli {

    private final Path dataDir;
    private final String apiUrl;
    private final String apiKey;

    ChildCli(Path dataDir, String apiUrl, String apiKey) {
        this.dataDir = dataDir;
        this.apiUrl = apiUrl;
        this.apiKey = apiKey;
    }

    /**
     * Whether arguments with characters outside ASCII reach a child intact: the JVM writes and
     * reads them in the platform encoding, so under a C locale they would arrive as '?'.
     */
    static boolean passesNonAsciiArguments() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return Charset.isSupported(jnu) && Charset.forName(jnu).equals(StandardCharsets.UTF_8);
    }

    /** A started command; its output goes to {@code <logs>.out} and {@code <logs>.err}. */
    record Run(Process process, Path out, Path err) {

        String stdout() throws IOException {
            return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        }

        String stderr() throws IOException {
            return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
        }

        /** Whether the command has printed a whole line on stdout yet. */
        boolean printedALine() {
            try {
                return Files.exists(out) && Files.size(out) > 0 && stdout().indexOf('\n') >= 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    Run start(List<String> args, Path logs) throws IOException {
        return start(args, logs, Map.of());
    }

    Run start(List<String> args, Path logs, Map<String, String> extraEnvironment) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        command.addAll(List.of("--data-dir", dataDir.toString(), "--api-url", apiUrl));
        Path out = logs.resolveSibling(logs.getFileName() + ".out");
        Path err = logs.resolveSibling(logs.getFileName() + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.remove("REELDROP_DATA_DIR");
        env.remove("TWELVELABS_BASE_URL");
        if (apiKey == null) {
            env.remove("TWELVE_LABS_API_KEY"); // the key kept for the API's origin is used
        } else {
            env.put("TWELVE_LABS_API_KEY", apiKey);
        }
        env.putAll(extraEnvironment);
        return new Run(pb.start(), out, err);
    }
}
