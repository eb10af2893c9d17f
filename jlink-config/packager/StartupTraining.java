import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged app once, up to its first frame and 3 s of idle after it, and records the
 * classes it loaded (-XX:DumpLoadedClassList), not those of shutting down. The list names classes, not paths, so it survives installation;
 * the package's post-install script turns it into an AppCDS archive for the installed layout
 * (jlink-config/linux/cds-dump.sh). First frame = the first JavaFX pulse the pulse logger prints
 * that rendered (a pulse before the window exists is marked "Required No Rendering").
 * Needs a display: uses $DISPLAY, else starts Xvfb, else skips with a warning (the app then
 * starts with the base CDS archive only).
 */
final class StartupTraining {

    static final String FIRST_FRAME_MARK = "PULSE:";
    private static final long FRAME_TIMEOUT_SECONDS = 180;
    private static final long AFTER_FRAME_MILLIS = 3000;

    private final Path launcher;
    private final Path classList;

    StartupTraining(Path launcher, Path classList) {
        this.launcher = launcher;
        this.classList = classList;
    }

    void run() throws IOException, InterruptedException {
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (!Packager.onPath("Xvfb")) {
                System.out.println("Packager: WARNING no display and no Xvfb, so no AppCDS class list"
                        + " (apt-get install -y xvfb to get the faster start-up)");
                return;
            }
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream())).readLine().strip();
        }
        Path scratch = Files.createTempDirectory("reeldrop-training");
        try {
            Path recorded = scratch.resolve("app.classlist");
            ProcessBuilder app = new ProcessBuilder(launcher.toString()).redirectErrorStream(true);
            Map<String, String> env = app.environment();
            env.put("DISPLAY", display);
            env.put("HOME", scratch.toString());
            env.put("REELDROP_DATA_DIR", scratch.resolve("data").toString());
            // user.home too: the JVM takes it from the password file, not from $HOME.
            env.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + scratch + " -XX:DumpLoadedClassList=" + recorded
                    + " -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0");
            boolean framed = runToFirstFrame(app.start());
            if (Files.exists(scratch.resolve(".openjfx"))) {
                throw new IllegalStateException("JavaFX unpacked natives into the home folder: the runtime image lacks them");
            }
            byte[] kept = Files.exists(recorded) ? completeLines(recorded) : new byte[0];
            long classes = new String(kept, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).count();
            if (classes == 0) {
                System.out.println("Packager: WARNING the training run recorded no classes; no AppCDS");
                return;
            }
            Files.write(classList, kept);
            System.out.println("Packager: AppCDS class list of " + classes + " classes"
                    + (framed ? ", recorded up to the first frame" : " (the app showed no frame: is the window merged?)"));
        } finally {
            Packager.deleteTree(scratch);
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** The recorded lines without a last one the kill cut short. */
    private static byte[] completeLines(Path recorded) throws IOException {
        byte[] bytes = Files.readAllBytes(recorded);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    /** True when a frame was drawn; the app is stopped a moment after it either way. */
    private static boolean runToFirstFrame(Process process) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
                reader.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException ended) {
                // the stream closes when the app is stopped; the loop below sees that
            }
        });
        pump.setDaemon(true);
        pump.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FRAME_TIMEOUT_SECONDS);
        boolean framed = false;
        while (System.nanoTime() < deadline && process.isAlive()) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(FIRST_FRAME_MARK) && !line.contains("No Rendering")) {
                framed = true;
                break;
            }
        }
        if (framed) {
            process.waitFor(AFTER_FRAME_MILLIS, TimeUnit.MILLISECONDS);
        }
        // SIGKILL, not SIGTERM: a normal exit would also record what shutting down loads (the
        // preferences' XML writer, ~300 classes). Every archived class costs memory in every
        // run, because the JVM maps the archive at a random address and relocates all of it.
        // The JVM writes the list a line at a time, so at most a last partial line is lost.
        process.destroyForcibly().waitFor();
        if (!framed) {
            List.copyOf(lines).stream().limit(40).forEach(l -> System.out.println("  app: " + l));
        }
        return framed;
    }
}
