package io.reeldrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.ui.WindowStartFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main class in a child JVM where JavaFX cannot open a window. This test's own JVM runs
 * JavaFX headless on Monocle (surefire's argLine); the child gets none of those properties, so it
 * starts the desktop toolkit (GTK) as an installed app would, and meets a missing display.
 *
 * <p>JavaFX opens the display before it loads GTK, so a machine without GTK 3 gives the same
 * sentence. A machine without even the X11 libraries fails one step earlier, loading
 * libglass.so; the sentence then names libX11.so.6 (verify-deb.sh meets that case in a minimal
 * Debian root), and that is what is checked there.
 */
class MainWithoutDisplayTest {

    private static final String PREFIX = "ReelDrop cannot open its window: ";
    private static final String NO_X11_SENTENCE = PREFIX + "the system library libX11.so.6 is missing;";

    @TempDir
    Path home;

    @Test
    void noDisplayGivesOneSentenceAndANonZeroExit() throws Exception {
        Result result = runMain(Map.of());

        assertEquals(WindowStartFailure.EXIT_STATUS, result.exitCode, result.output);
        String expected = PREFIX + "no display was found (DISPLAY is not set)."
                + " Run it from a desktop session, or use the command line: java -jar reeldrop.jar --help";
        assertTrue(result.withoutX11Libraries() || result.sentence().equals(expected), result.output);
        assertNoStackTrace(result);
    }

    @Test
    void aDisplayThatDoesNotAnswerIsNamed() throws Exception {
        Result result = runMain(Map.of("DISPLAY", ":4093"));

        assertEquals(WindowStartFailure.EXIT_STATUS, result.exitCode, result.output);
        assertTrue(result.sentence().startsWith(result.withoutX11Libraries() ? NO_X11_SENTENCE
                : "ReelDrop cannot open its window: the display :4093 (DISPLAY) did not answer."), result.output);
        assertNoStackTrace(result);
    }

    private static void assertNoStackTrace(Result result) {
        assertFalse(result.output.contains("Exception"), result.output);
        assertFalse(result.lines().stream().anyMatch(line -> line.startsWith("\tat ")), result.output);
    }

    private Result runMain(Map<String, String> display) throws Exception {
        Path output = home.resolve("output.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                // JavaFX on the class path unpacks its natives into the home folder: a temporary one
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", home.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("JAVA_TOOL_OPTIONS");
        env.put("HOME", home.toString());
        env.putAll(display);
        Process main = pb.start();
        boolean ended = main.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            main.destroyForcibly().waitFor();
        }
        assertTrue(ended, "the app did not exit within 120 s");
        return new Result(main.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }

        /** The one line of ReelDrop's own (JavaFX may warn first about running from the class path). */
        String sentence() {
            List<String> ours = lines().stream().filter(line -> line.startsWith(PREFIX)).toList();
            assertEquals(1, ours.size(), output);
            return ours.get(0);
        }

        boolean withoutX11Libraries() {
            return sentence().startsWith(NO_X11_SENTENCE);
        }
    }
}
