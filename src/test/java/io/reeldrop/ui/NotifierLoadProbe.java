package io.reeldrop.ui;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.testsupport.Await;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.ui.notify.DesktopNotices;
import io.reeldrop.ui.support.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Run in its own JVM by {@link NotifierLoadingTest} with class loading logged: opens the window
 * wired as the app wires it, says so, then finishes a task while the window is in the background
 * and waits until the notice has been shown (the probe's bus does not exist, so by the toast).
 */
public final class NotifierLoadProbe {

    static final String OPEN = "PROBE window open";
    static final String NOTIFIED = "PROBE notified";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private NotifierLoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("reeldrop-probe");
        FakeSession backend = FakeSession.sandbox();
        CountDownLatch opened = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        FxTaskExecutor executor = new FxTaskExecutor();
        Platform.startup(() -> {
            Accounts accounts = new Accounts(backend.factory(), LaunchOptions.ofDataFolder(data),
                    () -> new OwnerOnlyFileSecretStore(data));
            window[0] = new MainWindow(executor, MemoryPreferences.fresh(), accounts);
            window[0].setNotifier(DesktopNotices.PLATFORM);
            window[0].setFocusCheck(() -> false);
            Stage stage = new Stage();
            stage.setScene(new Scene(window[0].root(), 900, 600));
            stage.show();
            window[0].setBackend(accounts.openAtStart());
            opened.countDown();
        });
        opened.await(20, TimeUnit.SECONDS);
        System.out.println(OPEN);
        System.out.flush();

        String id = backend.fake().submit(List.of(Submission.ofUrl(FakeSession.SANDBOX_INDEX, null,
                "https://cdn.example.test/a.mp4"))).get(0).tracked().localId();
        Await.until(() -> read(() -> window[0].tableView().table().getItems().size() == 1), WAIT,
                () -> "the new row");
        backend.fake().advance(id, TaskStatus.READY, VideoMetadata.EMPTY, null);
        Await.until(() -> read(() -> !window[0].toasts().getChildren().isEmpty()), WAIT,
                () -> "the notice, shown as a toast once the OS refused it (no bus here)");
        System.out.println(NOTIFIED);
        System.out.flush();
        executor.shutdown();
        Platform.exit();
        System.exit(0);
    }

    /** Reads {@code value} on the FX thread. */
    private static boolean read(BooleanSupplier value) {
        CountDownLatch done = new CountDownLatch(1);
        boolean[] result = new boolean[1];
        Platform.runLater(() -> {
            result[0] = value.getAsBoolean();
            done.countDown();
        });
        try {
            return done.await(5, TimeUnit.SECONDS) && result[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
