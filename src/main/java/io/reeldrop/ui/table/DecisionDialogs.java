package io.reeldrop.ui.table;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * The questions put to a person when a lost answer could not be matched to a task: which found
 * task is this video's, or whether to send it again. Each says what the choice costs, because
 * sending again when the video was created after all puts it in the index twice.
 */
final class DecisionDialogs {

    private final TaskTableView view;
    private final TaskTableViewModel model;

    DecisionDialogs(TaskTableView view, TaskTableViewModel model) {
        this.view = view;
        this.model = model;
    }

    void askAdopt(TaskRow row) {
        List<String> candidates = row.get().candidates();
        if (candidates.isEmpty()) {
            return;
        }
        ChoiceDialog<String> choose = new ChoiceDialog<>(candidates.get(0), candidates);
        choose.setTitle("Adopt the task found");
        choose.setHeaderText("Which task is \"" + TaskRow.videoName(row.get()) + "\"?");
        choose.setContentText("Task:");
        choose.initOwner(owner());
        Optional<String> picked = choose.showAndWait();
        picked.ifPresent(taskId -> model.adopt(row, taskId));
    }

    void askSendAgain(TaskRow row) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Send \"" + TaskRow.videoName(row.get()) + "\" again?"
                + " If one of the tasks found was this video after all, the index will hold it twice and the"
                + " upload counts against the account's limit again.", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Send again?");
        ask.initOwner(owner());
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            model.sendAgain(row);
        }
    }

    private Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }
}
