package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The backend must wait for the first frame, and start exactly once however many pulses follow. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private Stage stage;
    private final List<String> events = new ArrayList<>();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void laidOutThenAfterwardsOnceEachAndNothingBeforeTheFirstPulse() {
        Label label = new Label("first");
        List<String> beforeShowReturned = fx(() -> {
            Scene scene = new Scene(new StackPane(label), 300, 200);
            FirstFrame.watch(scene, millis -> events.add("laid out " + (millis > 0)), () -> events.add("afterwards"));
            stage.setScene(scene);
            stage.show();
            return List.copyOf(events);
        });
        assertEquals(List.of(), beforeShowReturned, "nothing may run inside show(), before a pulse");

        until(() -> events.contains("afterwards"), Duration.ofSeconds(10), "the work after the first frame");
        for (int i = 0; i < 5; i++) {
            String text = "pulse " + i;
            fx(() -> {
                label.setText(text);
                return null;
            });
            until(() -> label.getWidth() > 0 && label.getText().equals(text), Duration.ofSeconds(5), "a new pulse");
        }
        // Two more layout passes for sure: requestLayout then wait for the layout to clear.
        fx(() -> {
            label.requestLayout();
            return null;
        });
        until(() -> !label.isNeedsLayout(), Duration.ofSeconds(5), "another layout pulse");

        List<String> seen = fx(() -> List.copyOf(events));
        assertEquals(List.of("laid out true", "afterwards"), seen);
        assertTrue(fx(() -> stage.isShowing()));
    }
}
