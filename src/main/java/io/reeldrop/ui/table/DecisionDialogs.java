package io.reeldrop.ui.table;

import io.reeldrop.listing.TaskText;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
        choose.setHeaderText("Which task is \"" + TaskText.videoName(row.get()) + "\"?");
        choose.setContentText("Task:");
        choose.initOwner(owner());
        Optional<String> picked = choose.showAndWait();
        picked.ifPresent(taskId -> model.adopt(row, taskId));
    }

    void askSendAgain(TaskRow row) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Send \"" + TaskText.videoName(row.get()) + "\" again?"
                + " If one of the tasks found was this video after all, the index will hold it twice and the"
                + " upload counts against the account's limit again.", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Send again?");
        ask.initOwner(owner());
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            model.sendAgain(row);
        }
    }

    /**
     * One question for every selected row the server can delete, saying per flow what goes; rows of
     * the assets flow offer to delete their uploaded asset too. The others are named, not touched.
     */
    void confirmDeleteOnServer(List<TaskRow> selected) {
        List<TaskRow> deletable = selected.stream().filter(model::canDeleteOnServer).toList();
        if (deletable.isEmpty()) {
            return;
        }
        DeleteQuestion q = DeleteQuestion.of(deletable.stream().map(TaskRow::get).toList(),
                selected.size() - deletable.size());
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, q.text(), ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText(q.header());
        CheckBox alsoAsset = new CheckBox(q.assetChoice());
        alsoAsset.setId("alsoDeleteAsset");
        if (q.offersAsset()) {
            Label text = new Label(q.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(440);
            ask.getDialogPane().setContent(new VBox(12, text, alsoAsset));
        }
        ask.initOwner(owner());
        ask.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(b -> model.deleteOnServer(selected, alsoAsset.isSelected()));
    }

    private Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }
}
