package io.reeldrop.ui;

import io.reeldrop.ui.support.FxTaskExecutor;
import static io.reeldrop.ui.UiAwait.until;
import static io.reeldrop.ui.UiAwait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.reeldrop.cli.ReelDropCli;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.Connection;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.VideoHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
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
 * The official SDKs' variables, {@value LaunchOptions#ENV_API_KEY} and
 * {@value LaunchOptions#ENV_BASE_URL}, pick the same account for the command line and for the
 * window, built as each front end builds it. A sandbox with its own key stands in for the account.
 */
@ExtendWith(ApplicationExtension.class)
class EnvironmentProfileTest {

    private static final String ACCOUNT_KEY = "tlk_from_the_environment";

    @TempDir
    Path data;
    private SandboxRig account;
    private Map<String, String> env;
    private Stage stage;
    private MainWindow window;
    private FxTaskExecutor executor;

    @Start
    void start(Stage s) {
        this.stage = s;
    }

    @BeforeEach
    void startTheAccount() {
        account = new SandboxRig(SandboxConfig.defaults().withTimeScale(60).withApiKey(ACCOUNT_KEY), new VideoHost());
        env = Map.of(LaunchOptions.ENV_API_KEY, ACCOUNT_KEY, LaunchOptions.ENV_BASE_URL, account.sandbox.baseUrl());
    }

    @AfterEach
    void stop() {
        fx(() -> {
            Session s = window == null ? null : window.backendProperty().get();
            if (s != null) {
                s.close();
            }
            return null;
        });
        if (executor != null) {
            executor.shutdown();
        }
        account.close();
    }

    @Test
    void theCommandLineSendsToTheAccountTheEnvironmentNames() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReelDropCli.run(new String[] {"submit", "--data-dir", data.resolve("cli").toString(), "--index",
            SandboxRig.INDEX, account.videos.url("cli")}, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, said + out.toString(StandardCharsets.UTF_8));
        assertFalse(said.contains("sandbox"), "no fallback to the local sandbox: " + said);
        until(() -> account.indexedVideos() == 1, Duration.ofSeconds(20), "the video on the account");
    }

    @Test
    void theWindowOpensTheSameAccountAndSendsThere(FxRobot robot) {
        LaunchOptions options = LaunchOptions.fromArguments(List.of("--data-dir", data.resolve("window").toString()),
                env);
        executor = new FxTaskExecutor();
        window = TestWindows.open(stage, executor, Accounts.standard(options));
        until(() -> window.backendProperty().get() != null, Duration.ofSeconds(20), "the account to open");

        Connection c = fx(() -> window.backendProperty().get().connection());
        assertEquals(Connection.Kind.ACCOUNT, c.kind());
        assertEquals(account.sandbox.baseUri(), c.apiUrl());
        assertEquals(LaunchOptions.ENV_API_KEY, c.keySource());
        assertEquals("Connected to 127.0.0.1 (API v1.3)",
                fx(() -> robot.lookup("#connectionState").queryAs(Label.class).getText()));
        fx(() -> {
            window.formModel().indexTextProperty().set(SandboxRig.INDEX);
            return null;
        });
        robot.clickOn("#urls").write(account.videos.url("window"));
        robot.clickOn("#submit");
        until(() -> account.indexedVideos() == 1, Duration.ofSeconds(20), "the video on the account");
    }
}
