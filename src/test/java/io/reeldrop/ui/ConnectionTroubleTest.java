package io.reeldrop.ui;

import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.session.Connection;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.session.EngineSessions;
import static io.reeldrop.ui.UiAwait.fx;
import static io.reeldrop.ui.UiAwait.until;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import io.reeldrop.media.FixtureHttpServer;
import io.reeldrop.media.Fixtures;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.listing.RowStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A server that goes away mid-task shows as connection trouble, and the task finishes when it returns. */
@ExtendWith(ApplicationExtension.class)
class ConnectionTroubleTest {

    @TempDir
    Path data;

    private Stage stage;
    private MainWindow window;
    private final TaskExecutor executor = new FxTaskExecutor();
    private SandboxServer server;
    private FixtureHttpServer files;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stop() {
        fx(() -> {
            if (window != null && window.backendProperty().get() != null) {
                window.backendProperty().get().close();
            }
            return null;
        });
        executor.shutdown();
        if (server != null) {
            server.close();
        }
        if (files != null) {
            files.close();
        }
    }

    @Test
    void troubleIsShownWhileTheServerIsAwayAndClearsWhenItReturns(FxRobot robot) throws Exception {
        files = new FixtureHttpServer(Fixtures.directory());
        // Slow enough (about 5 s in all) that the task is still in flight when the server stops.
        SandboxConfig config = SandboxConfig.defaults().withDataDir(data.resolve("server")).withTimeScale(2);
        server = SandboxServer.start(config);
        URI url = server.baseUri();
        EngineSessions engine = WindowEndToEndTest.fastFactory(data);
        SessionOpener toOurServer = new SessionOpener() {
            @Override
            public Session openSandbox() {
                return engine.openAccount(Connection.account(url, "the test"), ApiKey.of(server.apiKey()));
            }

            @Override
            public Session openAccount(Connection connection, ApiKey key) {
                return engine.openAccount(connection, key);
            }

            @Override
            public List<Index> checkKey(URI apiUrl, ApiKey key) {
                return engine.checkKey(apiUrl, key);
            }
        };
        window = TestWindows.open(stage, executor, toOurServer, data);
        until(() -> window.backendProperty().get() != null, Duration.ofSeconds(20), "the engine to start");
        Label trouble = robot.lookup("#connectionTrouble").queryAs(Label.class);

        fx(() -> {
            window.formModel().indexTextProperty().set(SandboxServer.SANDBOX_INDEX_ID);
            window.formModel().urlsProperty().set(files.url("range", "valid.mp4").toString());
            return null;
        });
        robot.clickOn("#submit");
        until(() -> window.tableView().table().getItems().size() == 1
                && window.tableView().table().getItems().get(0).get().task() != null, Duration.ofSeconds(15),
                "the task to be created");
        server.close();

        until(() -> trouble.isVisible() && !trouble.getText().isEmpty(), Duration.ofSeconds(30),
                "connection trouble in the status bar");

        server = SandboxServer.start(config.withPort(url.getPort()));
        until(() -> !trouble.isVisible(), Duration.ofSeconds(30), "the trouble to clear");
        until(() -> RowStatus.of(window.tableView().table().getItems().get(0).get()).text().equals("ready"),
                Duration.ofSeconds(30), "the task to finish after the server returned");
        assertTrue(fx(() -> trouble.getText().isEmpty()));
    }
}
