package io.reeldrop.ui;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Runs work once the window's first frame is on screen. Anything started earlier (the sandbox,
 * Jetty, the history, TLS) competes on a two-core machine with the first frame's CSS, layout
 * and painting, and the person waits longer for the window.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * @param onLaidOut called once, on the FX thread, at the end of the first pulse that laid the
     *     scene out (the frame is then handed to the renderer), with the epoch milliseconds
     * @param afterwards called once, on the FX thread, at the next pulse: by then the renderer
     *     has drawn the first frame
     */
    static void watch(Scene scene, LongConsumer onLaidOut, Runnable afterwards) {
        boolean[] seen = new boolean[1];
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                if (seen[0]) {
                    return;
                }
                seen[0] = true;
                onLaidOut.accept(System.currentTimeMillis());
                // Removing the listener while the scene iterates its listeners would fail;
                // the timer below removes it at the next pulse.
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        stop();
                        scene.removePostLayoutPulseListener(listener());
                        afterwards.run();
                    }
                }.start();
            }

            private Runnable listener() {
                return this;
            }
        };
        scene.addPostLayoutPulseListener(listener);
    }
}
