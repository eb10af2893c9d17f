package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.export.ExportDialog;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Export tasks: the dialog offers all, shown or selected rows with their counts, the file
 * gets a dated name, and what is written is the columns as shown plus the ids, read back here.
 * The platform's save dialog is the one part answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path out;

    private Stage stage;
    private ActionWindow w;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final List<String> suggested = new ArrayList<>();
    private final AtomicReference<Path> answer = new AtomicReference<>();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        w = ActionWindow.open(stage, executor, data);
        fx(() -> {
            w.window.exporter().setChooseFile((owner, chooser) -> {
                suggested.add(chooser.getInitialFileName());
                Path p = answer.get();
                return p == null ? null : p.toFile();
            });
            return null;
        });
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void theSelectionGoesToJsonWithTheShownColumnsAndTheIds(FxRobot robot) throws Exception {
        TaskRow ready = w.addRow("ready.mp4", TaskStatus.READY);
        TaskRow failed = w.addRow("failed.mp4", TaskStatus.FAILED);
        w.addRow("other.mp4", TaskStatus.INDEXING);
        fx(() -> {
            w.window.tableView().table().getSelectionModel().clearSelection();
            w.window.tableView().table().getSelectionModel().select(ready);
            w.window.tableView().table().getSelectionModel().select(failed);
            return null;
        });
        answer.set(out.resolve("picked"));

        openDialog(robot);
        assertTrue(fx(() -> radio(robot, "exportRowsSELECTED").isSelected()), "several rows selected: the selection first");
        assertEquals(List.of("3", "3", "2"), fx(() -> counts(robot)));
        robot.clickOn("#exportFormatJSON");
        clickExport(robot);

        Path written = out.resolve("picked.json");
        until(() -> Files.exists(written), ActionWindow.WAIT, "the file, with its extension added");
        assertEquals(List.of("reeldrop-tasks-selected-" + LocalDate.now() + ".json"), suggested);
        JsonNode array = JSON.readTree(written.toFile());
        assertEquals(2, array.size());
        JsonNode first = array.get(0);
        assertEquals("failed.mp4", first.get("video").asText(), "in the table's order, newest first");
        assertEquals("failed", first.get("status").asText());
        assertTrue(first.get("reason").asText().length() > 10, first.toString());
        assertEquals(failed.get().task().id(), first.get("taskId").asText());
        assertEquals(failed.localId(), first.get("local_id").asText());
        assertEquals(ready.get().task().hls().videoUrl(), array.get(1).get("hls_url").asText());
        awaitToast("Exported 2 tasks to picked.json.");
        assertFalse(Files.exists(out.resolve("picked.json.part")), "no leftovers");
    }

    @Test
    void allRowsGoToCsvWithoutAHiddenColumn(FxRobot robot) throws Exception {
        w.addRow("one.mp4", TaskStatus.READY);
        w.addRow("two.mp4", TaskStatus.FAILED);
        fx(() -> {
            w.window.tableView().table().getColumns().stream().filter(c -> "duration".equals(c.getId())).findFirst()
                    .orElseThrow().setVisible(false);
            return null;
        });
        Path target = out.resolve("all.csv");
        answer.set(target);

        openDialog(robot);
        assertTrue(fx(() -> radio(robot, "exportRowsALL").isSelected()));
        assertTrue(fx(() -> radio(robot, "exportRowsSELECTED").isDisabled()), "nothing selected");
        robot.clickOn("#exportFormatCSV");
        clickExport(robot);

        until(() -> Files.exists(target), ActionWindow.WAIT, "the CSV file");
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(target)) {
            records = CSVFormat.RFC4180.parse(r).getRecords();
        }
        assertEquals(3, records.size());
        assertEquals(List.of("Video", "Index", "Status", "Reason", "ETA", "Resolution", "Created", "Updated", "Task id",
                "Local id", "Index id", "Video id", "URL or file", "HLS URL", "User metadata"), records.get(0).toList());
        assertEquals("two.mp4", records.get(1).get(0));
        assertEquals("sandbox", records.get(1).get(1), "the index's name, as the table shows it");
        assertEquals(List.of("reeldrop-tasks-" + LocalDate.now() + ".csv"), suggested);
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidInASentence(FxRobot robot) {
        w.addRow("one.mp4", TaskStatus.READY);
        answer.set(out.resolve("no-such-folder").resolve("x.csv"));
        openDialog(robot);
        robot.type(KeyCode.ENTER); // the default button, from the keyboard
        until(() -> toasts().stream().anyMatch(t -> t.startsWith("Exporting to ") && t.contains("did not work: a file "
                + "could not be read or written")), ActionWindow.WAIT, "the sentence");
    }

    private void openDialog(FxRobot robot) {
        Platform.runLater(() -> w.menuBarItem(StandardAction.EXPORT).fire());
        WaitForAsyncUtils.waitForFxEvents();
        until(() -> robot.lookup("#exportChoices").tryQuery().isPresent(), ActionWindow.WAIT, "the export dialog");
    }

    private static void clickExport(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ExportDialog.EXPORT));
    }

    private static RadioButton radio(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(RadioButton.class);
    }

    /** The counts beside the three row choices. */
    private static List<String> counts(FxRobot robot) {
        List<String> counts = new ArrayList<>();
        for (Node n : robot.lookup("#exportChoices").queryAs(Pane.class).getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains("text-muted") && l.getText().matches("[0-9,]+")) {
                counts.add(l.getText());
            }
        }
        return counts;
    }

    private List<String> toasts() {
        List<String> texts = new ArrayList<>();
        for (Node n : ((Pane) w.window.root().lookup("#toasts")).getChildren()) {
            texts.add(((Label) n).getText());
        }
        return texts;
    }

    private void awaitToast(String text) {
        until(() -> toasts().contains(text), ActionWindow.WAIT, "the toast \"" + text + "\"");
    }
}
