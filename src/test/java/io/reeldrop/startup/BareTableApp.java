package io.reeldrop.startup;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The smallest honest version of ReelDrop's main window: one stage, one table with the same nine
 * columns, a few rows, at the size ReelDrop's window opens at on a first run. Its start-up time
 * is the floor ReelDrop is measured against. The size matters: JavaFX paints the first frame in
 * software under Xvfb, so a smaller window would be cheaper to draw for reasons unrelated to
 * what either app does.
 */
public final class BareTableApp extends Application {

    private static final String[] COLUMNS = {
        "Video", "Index", "Status", "ETA", "Duration", "Resolution", "Created", "Updated", "Task id"};
    /** ReelDrop's first-run window size (io.reeldrop.ui.support.UiPreference.WINDOW_WIDTH and _HEIGHT). */
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;

    @Override
    public void start(Stage stage) {
        TableView<String[]> table = new TableView<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            table.getColumns().add(column(COLUMNS[i], i));
        }
        table.setItems(FXCollections.observableArrayList(
                row("https://example.test/a.mp4", "validating", "2 min", "0:05", "640x360"),
                row("https://example.test/b.mp4", "indexing", "1 min", "1:12", "1280x720"),
                row("https://example.test/c.mp4", "ready", "-", "0:42", "1920x1080")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        stage.setTitle("Bare TableView");
        stage.setScene(new Scene(table, WIDTH, HEIGHT));
        stage.show();
    }

    private static String[] row(String video, String status, String eta, String duration, String resolution) {
        return new String[] {video, "sandbox", status, eta, duration, resolution, "17:52:20", "17:52:30",
            "6b0b14d400000000ca8877ed"};
    }

    private static TableColumn<String[], String> column(String title, int index) {
        TableColumn<String[], String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[index]));
        return column;
    }
}
