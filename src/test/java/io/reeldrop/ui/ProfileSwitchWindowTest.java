package io.reeldrop.ui;

import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.listing.TaskText;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.Connection;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.VideoHost;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.table.ProfileScope;
import io.reeldrop.ui.table.TaskRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Profile menu over real engines: a saved account (a second sandbox with its own key) and the
 * local sandbox share one history. Switching from the menu moves the table without a restart;
 * All profiles shows the other profile's rows, named in a Profile column, not followed.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileSwitchWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;
    private Stage stage;
    private MainWindow window;
    private FxTaskExecutor executor;
    private SandboxServer account;
    private VideoHost videos;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void openOnASavedAccount() {
        account = SandboxServer.start(SandboxConfig.defaults().withApiKey("tlk_work").withTimeScale(60));
        videos = new VideoHost();
        Accounts accounts = new Accounts(WindowEndToEndTest.fastFactory(data), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        try (Session work = accounts.addAccount("Work", account.baseUri(), "tlk_work")) {
            submit(work, "work-video");
        }
        executor = new FxTaskExecutor();
        window = TestWindows.open(stage, executor, accounts);
        until(() -> backendKind() == Connection.Kind.ACCOUNT, WAIT, "the active profile, Work, to open");
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.release();
        }
        executor.shutdown();
        account.close();
        videos.close();
    }

    private void submit(Session s, String name) {
        s.tracker().submit(List.of(Submission.ofUrl(SandboxServer.SANDBOX_INDEX_ID, null, videos.url(name))));
    }

    private Connection.Kind backendKind() {
        Session s = window.backendProperty().get();
        return s == null ? null : s.connection().kind();
    }

    private List<String> videosShown() {
        return fx(() -> window.tableView().table().getItems().stream().map(r -> TaskText.videoName(r.get()))
                .sorted().toList());
    }

    private boolean isListed(String startOfText) {
        return fx(() -> ((MenuBar) window.root().lookup("#menuBar")).getMenus().stream()
                .filter(m -> "profileMenu".equals(m.getId())).flatMap(m -> m.getItems().stream())
                .anyMatch(i -> i instanceof RadioMenuItem && i.getText().startsWith(startOfText)));
    }

    private RadioMenuItem profileItem(String startOfText) {
        return fx(() -> {
            MenuBar bar = (MenuBar) window.root().lookup("#menuBar");
            Menu profiles = bar.getMenus().stream().filter(m -> "profileMenu".equals(m.getId())).findFirst().orElseThrow();
            return profiles.getItems().stream().filter(i -> i instanceof RadioMenuItem && i.getText().startsWith(startOfText))
                    .map(RadioMenuItem.class::cast).findFirst().orElseThrow();
        });
    }

    /** Opens the Profile menu by its title in the menu bar (the table has a column of that name too). */
    private void openProfileMenu(FxRobot robot) {
        robot.clickOn(robot.from(fx(() -> window.root().lookup("#menuBar"))).lookup("Profile").<Node>query());
    }

    private void choose(FxRobot robot, String startOfText) {
        openProfileMenu(robot);
        RadioMenuItem item = profileItem(startOfText);
        robot.clickOn(fx(item::getStyleableNode));
    }

    /** The rendered cell texts of one column, by video name. */
    private Map<String, String> cells(FxRobot robot, String columnId) {
        return fx(() -> robot.lookup(".table-cell").queryAll().stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof TaskRow)
                .collect(Collectors.toMap(c -> TaskText.videoName(((TaskRow) c.getTableRow().getItem()).get()),
                        c -> columnId.equals("status") ? String.valueOf(c.getTooltip() == null ? ""
                                : c.getTooltip().getText()) : String.valueOf(c.getText()), (a, b) -> a)));
    }

    @SuppressWarnings("unchecked")
    @Test
    void switchingFromTheMenuMovesTheTableAndAllProfilesNamesEachRowsProfile(FxRobot robot) {
        until(() -> videosShown().equals(List.of("work-video.mp4")), WAIT, "Work's task in the table");
        // The menu lists the saved profiles once they are read, off the FX thread.
        until(() -> isListed("Work") && fx(() -> profileItem("Work").isSelected()), WAIT,
                "the Profile menu to list Work, checked as the open profile");
        until(() -> robot.lookup("#connectionState").queryAs(Label.class).getText()
                .equals("Work: Connected to 127.0.0.1 (API v1.3)"), WAIT, "the status bar to name the profile");

        choose(robot, "Local sandbox");
        until(() -> backendKind() == Connection.Kind.SANDBOX, WAIT, "the sandbox to open, without a restart");
        until(() -> videosShown().isEmpty(), WAIT, "This profile: none of Work's tasks");
        until(() -> robot.lookup("#emptyTable").queryAs(Label.class).getText().equals("No videos in this profile yet."
                + " Another profile has one: choose All profiles to see it."), WAIT,
                "the empty table to say that Work's task is one choice away");
        assertTrue(fx(() -> profileItem("Local sandbox").isSelected()));
        assertFalse(fx(() -> profileItem("Work").isSelected()));
        submit(window.backendProperty().get(), "sandbox-video");
        until(() -> videosShown().equals(List.of("sandbox-video.mp4")), WAIT, "the sandbox's own task");
        TableView<TaskRow> table = fx(() -> window.tableView().table());
        assertFalse(fx(() -> table.getColumns().stream().filter(c -> "profile".equals(c.getId())).findFirst()
                .orElseThrow().isVisible()), "one profile's rows need no profile column");

        ComboBox<ProfileScope> scope = robot.lookup("#profileScope").queryAs(ComboBox.class);
        fx(() -> {
            scope.setValue(ProfileScope.ALL);
            return null;
        });
        until(() -> videosShown().size() == 2, WAIT, "every profile's rows");
        assertTrue(fx(() -> table.getColumns().stream().filter(c -> "profile".equals(c.getId())).findFirst()
                .orElseThrow().isVisible()));
        until(() -> cells(robot, "profile").equals(Map.of("work-video.mp4", "Work", "sandbox-video.mp4",
                "Local sandbox")), WAIT, "each row's profile by name");
        String workTip = cells(robot, "status").get("work-video.mp4");
        assertTrue(workTip.startsWith("As last seen; followed when that profile is open."), workTip);
        assertFalse(cells(robot, "status").get("sandbox-video.mp4").contains("followed when"));

        choose(robot, "Work");
        until(() -> backendKind() == Connection.Kind.ACCOUNT, WAIT, "Work to open again");
        assertTrue(fx(() -> profileItem("Work").isSelected()));
        until(() -> cells(robot, "status").getOrDefault("sandbox-video.mp4", "").contains("followed when"), WAIT,
                "now the sandbox's row is the one not followed");
        fx(() -> {
            scope.setValue(ProfileScope.THIS);
            return null;
        });
        until(() -> videosShown().equals(List.of("work-video.mp4")), WAIT, "This profile again: Work's row only");
        assertFalse(fx(() -> table.getColumns().stream().filter(c -> "profile".equals(c.getId())).findFirst()
                .orElseThrow().isVisible()));
    }

    @Test
    void manageProfilesRenamesAndRemovingTheOpenProfileMovesToTheSandbox(FxRobot robot) throws Exception {
        openProfileMenu(robot);
        robot.clickOn(fx(() -> menuItem("Manage profiles").getStyleableNode()));
        robot.clickOn("Work: 127.0.0.1:" + account.port() + ", API v1.3  (open)");
        TextField name = robot.lookup("#renameTo").queryAs(TextField.class);
        fx(() -> {
            name.setText("Office");
            return null;
        });
        robot.clickOn("#renameProfile");
        until(() -> robot.lookup("#profilesMessage").queryAs(Label.class).getText()
                .equals("\"Work\" is now \"Office\"; its tasks and key stay with it."), WAIT, "the rename");
        until(() -> isListed("Office") && profileItem("Office").isSelected(), WAIT, "the menu to follow the new name");

        robot.clickOn("Office: 127.0.0.1:" + account.port() + ", API v1.3  (open)");
        robot.clickOn("#removeProfile");
        DialogPane ask = fx(() -> robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Remove the profile"))
                .findFirst().orElseThrow());
        robot.clickOn(fx(() -> (Button) ask.lookupButton(ask.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Remove")).findFirst().orElseThrow())));
        until(() -> backendKind() == Connection.Kind.SANDBOX, WAIT, "the window to leave the removed profile");
        assertFalse(Files.readString(data.resolve("profiles.json")).contains("Office"));
        assertTrue(new OwnerOnlyFileSecretStore(data).load(account.baseUri().toString()).isEmpty(), "its key is gone");
        DialogPane manage = fx(() -> (DialogPane) robot.lookup("#profileList").query().getScene().getRoot());
        robot.clickOn(fx(() -> manage.lookupButton(ButtonType.CLOSE)));
        assertEquals(List.of("Local sandbox"), fx(() -> ((MenuBar) window.root().lookup("#menuBar")).getMenus()
                .stream().filter(m -> "profileMenu".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> i instanceof RadioMenuItem).map(MenuItem::getText).toList()));
    }

    private MenuItem menuItem(String startOfText) {
        MenuBar bar = (MenuBar) window.root().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().replace("_", "").startsWith(startOfText))
                .findFirst().orElseThrow();
    }
}
