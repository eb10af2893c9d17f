package io.reeldrop.ui;

/**
 * Starts the real window from the test class path, for looking at it before {@code Main} is
 * wired: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.reeldrop.ui.RunWindow -Dexec.args="--data-dir /tmp/rd"}.
 */
public final class RunWindow {

    private RunWindow() {
    }

    public static void main(String[] args) {
        ReelDropApp.launch(args);
    }
}
