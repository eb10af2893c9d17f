package io.reeldrop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiException;
import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.tracking.Profile;
import io.reeldrop.tracking.SandboxRig;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.VideoHost;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.testsupport.Await;
import io.reeldrop.testsupport.KeyRouter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved profiles over real engines: two accounts behind one URL (a router that sends each key to
 * its own sandbox), the in-process sandbox, real key and profile files in a temporary data folder.
 */
class ProfilesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;
    private SandboxRig first;
    private SandboxRig second;
    private KeyRouter router;
    private URI sharedUrl;
    private final AtomicReference<Session> open = new AtomicReference<>();
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void startTwoAccountsOnOneHost() {
        first = new SandboxRig(SandboxConfig.defaults().withApiKey("tlk_first").withTimeScale(60), new VideoHost());
        second = new SandboxRig(SandboxConfig.defaults().withApiKey("tlk_second").withTimeScale(60), new VideoHost());
        router = new KeyRouter(Map.of("tlk_first", origin(first), "tlk_second", origin(second)), origin(first));
        sharedUrl = router.baseUri("/v1.3");
    }

    @AfterEach
    void stop() {
        Session s = open.getAndSet(null);
        if (s != null) {
            s.close();
        }
        router.close();
        first.close();
        second.close();
    }

    private static URI origin(SandboxRig rig) {
        return rig.sandbox.baseUri().resolve("/");
    }

    private Accounts accounts(List<String> args, Map<String, String> env) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(args);
        EngineSessions engines = new EngineSessions(data, SandboxConfig.defaults().withDataDir(data.resolve("sandbox"))
                .withTimeScale(60), TrackerSettings.defaults().withDetectionTarget(Duration.ofMillis(300)));
        Accounts a = new Accounts(engines, LaunchOptions.fromArguments(all, env),
                () -> new OwnerOnlyFileSecretStore(data));
        // As the window does: the open engine holds the history's lock, so it goes first.
        a.setReleaseCurrent(() -> {
            events.add("released");
            Session s = open.getAndSet(null);
            if (s != null) {
                s.close();
            }
        });
        return a;
    }

    private Accounts accounts() {
        return accounts(List.of(), Map.of());
    }

    private Session keep(Session s) {
        events.add("opened " + s.connection().profile());
        open.set(s);
        return s;
    }

    private String submit(Session s, VideoHost host, String name) {
        return s.tracker().submit(List.of(Submission.ofUrl(SandboxRig.INDEX, null, host.url(name)))).get(0).tracked().localId();
    }

    @Test
    void aKeyIsCheckedBeforeAnythingIsSavedAndTheProfileIsTheOwnersOnly() throws IOException {
        Accounts a = accounts();
        assertFalse(a.mayOpenAnAccount(), "the starting sentence of a first run names the sandbox");
        assertEquals(List.of(SavedProfile.SANDBOX), a.profiles(), "a first run knows only the sandbox");

        assertThrows(ApiException.class, () -> a.addAccount("Work", sharedUrl, "tlk_wrong"));
        assertEquals(List.of(SavedProfile.SANDBOX), a.profiles());
        assertFalse(Files.exists(data.resolve("profiles.json")), "nothing saved for a refused key");
        assertThrows(IllegalArgumentException.class, () -> a.addAccount("Local sandbox", sharedUrl, "tlk_first"),
                "the sandbox's name is taken");

        Session work = keep(a.addAccount(" Work ", sharedUrl, "tlk_first"));
        assertEquals(Connection.Kind.ACCOUNT, work.connection().kind());
        assertEquals(Profile.ofApiUrl(sharedUrl), work.connection().profile(), "the first account on a URL keeps it");
        assertEquals(List.of("Local sandbox", "Work"), a.profiles().stream().map(SavedProfile::name).toList());
        assertEquals("Work", a.activeSavedProfile().name());
        Path file = data.resolve("profiles.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.readString(file).contains("tlk_first"), "the key is never in the list");
        assertEquals("tlk_first", new OwnerOnlyFileSecretStore(data).load(Profile.ofApiUrl(sharedUrl).id()).orElseThrow());

        keep(a.connect(sharedUrl, "tlk_second"));
        assertEquals(List.of("Local sandbox", "Work", "127.0.0.1"), a.profiles().stream().map(SavedProfile::name)
                .toList(), "no name given: a new profile after the host, never another one's key replaced");
        assertEquals("tlk_first", new OwnerOnlyFileSecretStore(data).load(Profile.ofApiUrl(sharedUrl).id()).orElseThrow());
    }

    @Test
    void twoAccountsOnOneUrlKeepTheirOwnKeysAndTasks() {
        Accounts a = accounts();
        keep(a.addAccount("Home", sharedUrl, "tlk_first"));
        String home = submit(open.get(), first.videos, "home");
        // Sent before the switch: a queued task would wait, unsent, until its profile opens again.
        Await.until(() -> first.indexedVideos() == 1, WAIT, () -> "the video on the first account");
        Session work = keep(a.addAccount("Work", sharedUrl, "tlk_second"));
        assertEquals(Profile.parse(sharedUrl + "#work"), work.connection().profile(), "the second one is URL#name");
        String office = submit(work, second.videos, "office");

        Await.until(() -> second.indexedVideos() == 1, WAIT, () -> "the video on the second account");
        assertEquals(1, first.indexedVideos(), "the second key reached the second account only");
        assertTrue(work.tracker().isFollowed(office));
        assertFalse(work.tracker().isFollowed(home), "Home's task is history here, not followed");
        Map<String, String> profileOf = new HashMap<>();
        work.tracker().snapshot().forEach(t -> profileOf.put(t.localId(), t.profile()));
        assertEquals(Map.of(home, sharedUrl.toString(), office, sharedUrl + "#work"), profileOf);
        assertThrows(IllegalStateException.class, () -> work.tracker().retry(home),
                "another profile's task is never sent with this profile's key");

        Session back = keep(a.switchTo("home"));
        assertTrue(back.tracker().isFollowed(home));
        submit(back, first.videos, "home-2");
        Await.until(() -> first.indexedVideos() == 2, WAIT, () -> "the second video on the first account");
        assertEquals(1, second.indexedVideos(), "nothing went to the other account");
        assertEquals(List.of("released", "opened " + sharedUrl, "released", "opened " + sharedUrl + "#work", "released",
                "opened " + sharedUrl), events, "the open engine is closed before the next one opens");

        back.close();
        open.set(null);
        Session restarted = keep(accounts().openAtStart());
        assertEquals(Profile.ofApiUrl(sharedUrl), restarted.connection().profile(), "the active profile opens at start");
    }

    @Test
    void renamingKeepsTasksAndKeyAndRemovingTakesTheKeyOnly() throws IOException {
        Accounts a = accounts();
        keep(a.addAccount("Home", sharedUrl, "tlk_first"));
        keep(a.addAccount("Work", sharedUrl, "tlk_second"));
        String office = submit(open.get(), second.videos, "office");

        SavedProfile renamed = a.rename("work", "Office");
        assertEquals(Profile.parse(sharedUrl + "#work"), renamed.profile(), "the history id does not follow the name");
        assertThrows(IllegalArgumentException.class, () -> a.rename("Office", "home"), "names are unique");
        assertThrows(IllegalArgumentException.class, () -> a.rename("Local sandbox", "Mine"));
        Session s = keep(a.switchTo("Office"));
        assertTrue(s.tracker().isFollowed(office), "the renamed profile still follows its tasks");

        SavedProfile gone = a.remove("Office");
        assertEquals("Office", gone.name());
        assertEquals(List.of("Local sandbox", "Home"), a.profiles().stream().map(SavedProfile::name).toList());
        assertTrue(new OwnerOnlyFileSecretStore(data).load(sharedUrl + "#work").isEmpty(), "its key is gone");
        assertEquals("tlk_first", new OwnerOnlyFileSecretStore(data).load(sharedUrl.toString()).orElseThrow());
        assertEquals(SavedProfile.SANDBOX, a.activeSavedProfile(), "the removed profile was active");
        Session sandbox = keep(a.switchTo("Local sandbox"));
        assertEquals(Connection.Kind.SANDBOX, sandbox.connection().kind());
        assertTrue(sandbox.tracker().snapshot().stream().map(TrackedTask::localId).toList().contains(office),
                "a removed profile's tasks stay in the history");
    }

    @Test
    void anOlderBuildsAccountBecomesAProfileWithItsKeyAndTasks() throws IOException {
        new ConnectionSettings(data).saveApiUrl(sharedUrl);
        new OwnerOnlyFileSecretStore(data).save(Profile.ofApiUrl(sharedUrl).origin(), "tlk_first");

        Accounts a = accounts();
        assertTrue(a.mayOpenAnAccount(), "guessed from the older file before anything migrates");
        SavedProfile migrated = a.activeSavedProfile();
        assertEquals("127.0.0.1", migrated.name());
        assertEquals(Profile.ofApiUrl(sharedUrl), migrated.profile(), "its tasks keep their history id");
        assertFalse(Files.exists(data.resolve("connection.properties")), "one place holds the account now");
        Session s = keep(a.openAtStart());
        assertEquals(Profile.ofApiUrl(sharedUrl), s.connection().profile());
        submit(s, first.videos, "after-migration");
        Await.until(() -> first.indexedVideos() == 1, WAIT, () -> "the video sent with the origin's old key");

        keep(a.addAccount("Work", sharedUrl, "tlk_second"));
        Session again = keep(a.switchTo("127.0.0.1"));
        assertEquals(Connection.Kind.ACCOUNT, again.connection().kind(), "the old per-origin key is still read");
    }

    @Test
    void flagsAndEnvironmentComeBeforeTheActiveProfile() {
        keep(accounts().addAccount("Work", sharedUrl, "tlk_second")).close();
        open.set(null);

        assertTrue(accounts().mayOpenAnAccount(), "guessed from profiles.json's text, without parsing it");
        assertFalse(accounts(List.of("--profile", "Local sandbox"), Map.of()).mayOpenAnAccount());
        Choice saved = accounts().decide();
        assertEquals(Profile.parse(sharedUrl.toString()), saved.profile());
        assertEquals("tlk_second", saved.key().reveal());
        assertTrue(accounts(List.of("--sandbox"), Map.of()).decide().isSandbox());
        assertTrue(accounts(List.of("--profile", "sandbox"), Map.of()).decide().isSandbox());
        Choice env = accounts(List.of(), Map.of(LaunchOptions.ENV_API_KEY, "tlk_env")).decide();
        assertEquals(Accounts.PUBLIC_API, env.apiUrl(), "the environment's key alone means the public API");
        Choice flag = accounts(List.of("--api-url", sharedUrl.toString()), Map.of()).decide();
        assertEquals("tlk_second", flag.key().reveal(), "a URL named by flag takes the key saved for it");
        Choice named = accounts(List.of("--profile=work"), Map.of(LaunchOptions.ENV_BASE_URL,
                "https://other.example.com/v1.3")).decide();
        assertEquals(sharedUrl, named.apiUrl(), "--profile is a flag: it beats the environment");

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> accounts(List.of("--profile", "Home"), Map.of()).decide());
        assertEquals("No profile is named \"Home\". The profiles are: Local sandbox, Work. Add one in the window with"
                + " Profile > Add an account.", unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> accounts(List.of("--profile", "Work", "--api-url", sharedUrl.toString()), Map.of()).decide());
    }
}
