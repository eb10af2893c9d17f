package io.reeldrop.startup;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The smallest honest version of ReelDrop's main window: one stage, one table with the same
 * columns, a few rows. Its start-up time is the floor ReelDrop is measured against.
 */
public final class BareTableApp extends Application {

    private static final String[] COLUMNS = {"Video", "Status", "ETA", "Duration", "Resolution"};

    @Override
    public void start(Stage stage) {
        TableView<String[]> table = new TableView<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            table.getColumns().add(column(COLUMNS[i], i));
        }
        table.setItems(FXCollections.observableArrayList(
                new String[] {"https://example.test/a.mp4", "validating", "2 min", "0:05", "640x360"},
                new String[] {"https://example.test/b.mp4", "indexing", "1 min", "1:12", "1280x720"},
                new String[] {"https://example.test/c.mp4", "ready", "-", "0:42", "1920x1080"}));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        stage.setTitle("Bare TableView");
        stage.setScene(new Scene(table, 960, 600));
        stage.show();
    }

    private static TableColumn<String[], String> column(String title, int index) {
        TableColumn<String[], String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[index]));
        return column;
    }
}
