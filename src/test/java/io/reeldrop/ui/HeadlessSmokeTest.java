package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Proves the headless Monocle set-up clicks real controls, so the other UI tests mean something. */
@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {

    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("before");
        Button button = new Button("Press");
        button.setId("press");
        button.setOnAction(e -> label.setText("after"));
        stage.setScene(new Scene(new VBox(button, label), 200, 100));
        stage.show();
    }

    @Test
    void clickingTheButtonChangesTheLabel(FxRobot robot) {
        robot.clickOn("#press");
        assertEquals("after", label.getText());
    }
}
