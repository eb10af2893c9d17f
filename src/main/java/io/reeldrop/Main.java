package io.reeldrop;

/**
 * The single entry point of the jar. It only dispatches on the first argument, so the
 * window, the command line and the standalone sandbox share one artifact.
 *
 * <p>This class must not extend {@code javafx.application.Application}: launched from the
 * class path, the JavaFX launcher refuses such a main class ("JavaFX runtime components are
 * missing"), so the window is started through a separate class.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("ReelDrop: nothing here yet");
    }
}
