package io.reeldrop.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.Index;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.Connection;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.Session;
import io.reeldrop.session.SessionOpener;
import io.reeldrop.ui.FakeSession;
import io.reeldrop.ui.SyncTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connect dialog's model over real {@link Accounts}: refusals, saving, and the key store off the FX thread. */
class ConnectViewModelTest {

    private static final String GOOD_KEY = "tlk_good";
    private static final URI V12 = URI.create("https://api.twelvelabs.io/v1.2");

    @TempDir
    Path data;

    private final List<String> keysChecked = new ArrayList<>();

    private final SessionOpener factory = new SessionOpener() {
        @Override
        public Session openSandbox() {
            return FakeSession.sandbox();
        }

        @Override
        public Session openAccount(Connection connection, ApiKey key) {
            return new FakeSession(connection, List::of);
        }

        @Override
        public List<Index> checkKey(URI apiUrl, ApiKey key) {
            keysChecked.add(key.reveal());
            if (!key.reveal().equals(GOOD_KEY)) {
                throw new ApiException(ApiException.Kind.API_ERROR,
                        "The API key was refused (401). Copy it again from the dashboard.", 401, "api_key_invalid",
                        null, null, "GET /indexes", null);
            }
            return List.of();
        }
    };

    private Accounts session() {
        return new Accounts(factory, LaunchOptions.ofDataFolder(data), () -> new OwnerOnlyFileSecretStore(data));
    }

    @Test
    void openingTheConnectDialogLeavesTheKeyStoreToAWorker() {
        List<Thread> askedOn = new ArrayList<>();
        Accounts slowStore = new Accounts(factory, LaunchOptions.ofDataFolder(data), () -> {
            askedOn.add(Thread.currentThread());
            return new OwnerOnlyFileSecretStore(data);
        });
        List<Runnable> deferred = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> ok,
                                    Consumer<Throwable> failed) {
                deferred.add(() -> {
                    try {
                        ok.accept(work.call());
                    } catch (Exception e) {
                        failed.accept(e);
                    }
                });
            }

            @Override
            public void runOnUi(Runnable action) {
                action.run();
            }

            @Override
            public void shutdown() {
            }
        };

        ConnectViewModel dialog = new ConnectViewModel(slowStore, later);

        assertEquals(List.of(), askedOn, "the key store (maybe a slow keychain) was asked while building the dialog");
        assertTrue(dialog.noteProperty().get().startsWith("The key is checked with a real call"));
        deferred.forEach(Runnable::run);
        assertEquals(1, askedOn.size());
        assertTrue(dialog.noteProperty().get().contains("owner-only") || dialog.noteProperty().get().contains("kept in"),
                dialog.noteProperty().get());
    }

    @Test
    void theFirstRunOpensTheSandbox() {
        assertEquals(Connection.Kind.SANDBOX, session().openAtStart().connection().kind());
    }

    @Test
    void aRefusedKeyIsNotSavedAndTheDialogSaysWhy() throws Exception {
        ConnectViewModel dialog = new ConnectViewModel(session(), new SyncTaskExecutor());
        dialog.apiUrlProperty().set(V12.toString());
        dialog.keyProperty().set("tlk_wrong");
        List<Session> connected = new ArrayList<>();

        dialog.connect(connected::add);

        assertTrue(connected.isEmpty());
        assertEquals(List.of("tlk_wrong"), keysChecked);
        assertTrue(dialog.messageProperty().get().contains("refused (401)"), dialog.messageProperty().get());
        assertFalse(Files.exists(new OwnerOnlyFileSecretStore(data).file()));
        assertEquals(Connection.Kind.SANDBOX, session().openAtStart().connection().kind());
    }

    @Test
    void aCheckedKeyIsSavedOwnerOnlyAndUsedAtTheNextStart() throws Exception {
        ConnectViewModel dialog = new ConnectViewModel(session(), new SyncTaskExecutor());
        dialog.apiUrlProperty().set(V12.toString());
        dialog.keyProperty().set(GOOD_KEY);
        List<Session> connected = new ArrayList<>();

        dialog.connect(connected::add);

        assertEquals(ApiVersion.V1_2, connected.get(0).connection().version());
        assertEquals("", dialog.keyProperty().get(), "the key leaves the dialog once saved");
        Path keyFile = new OwnerOnlyFileSecretStore(data).file();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertFalse(Files.readString(data.resolve("profiles.json")).contains(GOOD_KEY));
        Session next = session().openAtStart();
        assertEquals(Connection.Kind.ACCOUNT, next.connection().kind());
        assertEquals(V12, next.connection().apiUrl());
        assertEquals("api.twelvelabs.io", session().activeSavedProfile().name(), "no name given: the host's");

        assertEquals(Connection.Kind.SANDBOX, session().useSandbox().connection().kind());
        assertEquals(Connection.Kind.SANDBOX, session().openAtStart().connection().kind());
    }

    @Test
    void aUrlWithoutAVersionIsRefusedBeforeAnyCall() {
        ConnectViewModel dialog = new ConnectViewModel(session(), new SyncTaskExecutor());
        dialog.apiUrlProperty().set("https://api.twelvelabs.io/");
        dialog.keyProperty().set(GOOD_KEY);
        dialog.connect(b -> { });
        assertTrue(keysChecked.isEmpty());
        assertTrue(dialog.messageProperty().get().contains("does not end in /v1.2 or /v1.3"), dialog.messageProperty().get());
    }
}
