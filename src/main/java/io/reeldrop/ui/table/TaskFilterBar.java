package io.reeldrop.ui.table;

import io.reeldrop.ui.action.StandardAction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line above the table: title, whose tasks (this profile's or all), status filter, search
 * box, row count, "Track existing tasks".
 */
final class TaskFilterBar extends HBox {

    private final TextField search = new TextField();
    /** Text, icon and command come from {@link StandardAction#TRACK_EXISTING}, set by the window. */
    private final Button trackExisting = new Button();

    TaskFilterBar(TaskTableViewModel model) {
        super(8);
        ComboBox<ProfileScope> scope = new ComboBox<>();
        scope.setId("profileScope");
        scope.getItems().setAll(ProfileScope.values());
        scope.valueProperty().bindBidirectional(model.profileScopeProperty());
        scope.setAccessibleText("Show the tasks of this profile or of all profiles");
        ComboBox<StatusFilter> filter = new ComboBox<>();
        filter.setId("statusFilter");
        filter.getItems().setAll(StatusFilter.values());
        filter.valueProperty().bindBidirectional(model.statusFilterProperty());
        filter.setAccessibleText("Show tasks with this status");
        search.setId("search");
        search.setPromptText("Search URL, file name or id  (" + StandardAction.FIND_TASKS.keyText() + ")");
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setAccessibleText("Search tasks");
        Label count = new Label();
        count.setId("rowCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.shownCountProperty().asString("%d shown"));
        trackExisting.setId("trackExisting");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label("Tasks");
        title.getStyleClass().add("title-4");
        getChildren().addAll(title, scope, filter, search, count, grow, trackExisting);
        setAlignment(Pos.CENTER_LEFT);
    }

    TextField search() {
        return search;
    }

    Button trackExisting() {
        return trackExisting;
    }
}
