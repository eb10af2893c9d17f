package io.reeldrop.ui.notify;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A private D-Bus session bus for one test: Debian's {@code dbus-daemon} on a socket in a
 * temporary folder, stopped with the test. Absent daemon: {@link #daemon()} is empty, and the
 * test says it skipped and why.
 */
final class SessionBus implements AutoCloseable {

    private final Process process;
    private final String address;

    private SessionBus(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /** Where {@code dbus-daemon} is on the PATH, if it is installed. */
    static Optional<Path> daemon() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "dbus-daemon");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static SessionBus start(Path daemon, Path folder) throws IOException {
        Process p = new ProcessBuilder(daemon.toString(), "--session", "--nofork", "--nopidfile",
                "--address=unix:path=" + folder.resolve("bus"), "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine(); // the daemon prints its address once it listens
        if (line == null || line.isBlank()) {
            p.destroyForcibly();
            throw new IOException("dbus-daemon printed no address (exit " + (p.isAlive() ? "none yet" : p.exitValue())
                    + ")");
        }
        return new SessionBus(p, line.strip());
    }

    String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
