package io.reeldrop.ui.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * macOS: a Notification Center banner through {@code osascript}. The text travels as arguments,
 * never inside the script, so no title or file name can change what runs. AWT's tray is not
 * used here: on macOS it wants the AppKit main thread, which JavaFX already runs.
 */
final class AppleScriptNotifier implements Notifier {

    private static final List<String> SCRIPT = List.of(
            "on run argv", "display notification (item 2 of argv) with title (item 1 of argv)", "end run");

    @Override
    public void show(Notice notice) throws NotifierException {
        List<String> command = new ArrayList<>(List.of("osascript"));
        for (String line : SCRIPT) {
            command.add("-e");
            command.add(line);
        }
        command.add("ReelDrop: " + notice.title());
        command.add(notice.text());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new NotifierException("osascript did not finish within 10 s.");
            }
            if (p.exitValue() != 0) {
                throw new NotifierException("osascript failed (exit " + p.exitValue() + "): "
                        + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new NotifierException("osascript could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotifierException("Interrupted while showing a notification.", e);
        }
    }
}
