package io.reeldrop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule that picks a profile, with real settings and key files in a temporary data folder. */
class AccountsTest {

    private static final URI EXAMPLE = URI.create("https://api.example.com/v1.2");

    @TempDir
    Path data;

    private Choice decide(List<String> args, Map<String, String> env) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(args);
        LaunchOptions options = LaunchOptions.fromArguments(all, env);
        return new Accounts(new RefusingOpener(), options, () -> new OwnerOnlyFileSecretStore(data)).decide();
    }

    private void saveAccount(String url, String origin, String key) throws IOException {
        new ConnectionSettings(data).saveApiUrl(URI.create(url));
        new OwnerOnlyFileSecretStore(data).save(origin, key);
    }

    @Test
    void nothingConfiguredIsTheSandboxWithoutANote() {
        Choice c = decide(List.of(), Map.of());
        assertTrue(c.isSandbox());
        assertNull(c.note());
    }

    @Test
    void theEnvironmentKeyAloneMeansThePublicApi() {
        Choice c = decide(List.of(), Map.of(LaunchOptions.ENV_API_KEY, "tlk_env"));
        assertEquals(Accounts.PUBLIC_API, c.apiUrl());
        assertEquals("tlk_env", c.key().reveal());
        assertEquals(LaunchOptions.ENV_API_KEY, c.keySource());
    }

    @Test
    void theEnvironmentUrlAndKeyBeatTheSavedAccount() throws IOException {
        saveAccount("https://api.twelvelabs.io/v1.3", "https://api.twelvelabs.io", "tlk_saved");
        Choice c = decide(List.of(), Map.of(LaunchOptions.ENV_API_KEY, "tlk_env",
                LaunchOptions.ENV_BASE_URL, EXAMPLE.toString()));
        assertEquals(EXAMPLE, c.apiUrl());
        assertEquals("tlk_env", c.key().reveal());
    }

    @Test
    void theFlagBeatsTheEnvironmentAndSandboxBeatsEverything() {
        Map<String, String> env = Map.of(LaunchOptions.ENV_API_KEY, "tlk_env",
                LaunchOptions.ENV_BASE_URL, "https://other.example.com/v1.3");
        assertEquals(EXAMPLE, decide(List.of("--api-url", EXAMPLE.toString()), env).apiUrl());
        assertEquals(EXAMPLE, decide(List.of("--api-url=" + EXAMPLE), env).apiUrl());
        Choice sandbox = decide(List.of("--sandbox", "--api-url", EXAMPLE.toString()), env);
        assertTrue(sandbox.isSandbox());
        assertEquals("--sandbox", sandbox.keySource());
    }

    @Test
    void theSavedAccountIsUsedWithTheKeyOfItsOriginHoweverTheUrlIsSpelled() throws IOException {
        saveAccount("HTTPS://API.Example.com:443/v1.2/", "https://api.example.com", "tlk_saved");
        Choice c = decide(List.of(), Map.of());
        assertEquals("tlk_saved", c.key().reveal());
        assertTrue(c.keySource().contains("owner-only"), c.keySource());
    }

    @Test
    void aUrlAskedForWithoutAKeyIsRefusedWithTheOriginNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> decide(List.of(), Map.of(LaunchOptions.ENV_BASE_URL, EXAMPLE.toString())));
        assertTrue(e.getMessage().startsWith("No API key for https://api.example.com (named by TWELVELABS_BASE_URL)"),
                e.getMessage());
    }

    @Test
    void aSavedAccountWhoseKeyIsGoneFallsBackToTheSandboxAndSaysSo() throws IOException {
        new ConnectionSettings(data).saveApiUrl(EXAMPLE);
        Choice c = decide(List.of(), Map.of());
        assertTrue(c.isSandbox());
        assertTrue(c.note().startsWith("The key of the profile \"api.example.com\" (https://api.example.com/v1.2) was"
                + " not found"), c.note());
    }

    @Test
    void unreadableSavedProfilesOpenTheSandboxWithASentenceAndKeepTheFile() throws IOException {
        Path file = data.resolve("profiles.json");
        Files.writeString(file, "{\"active\": \"https://api.example.com/v1.2\", \"profiles\": [");
        Choice c = decide(List.of(), Map.of());
        assertTrue(c.isSandbox());
        assertTrue(c.note().startsWith("The saved profiles in " + file + " cannot be read ("), c.note());
        assertTrue(c.note().endsWith("Until then ReelDrop uses the local sandbox."), c.note());
        assertTrue(Files.readString(file).endsWith("["), "the person's file is left for them to look at");
    }

    @Test
    void badUrlsGetASentenceNamingWhereTheyCameFrom() {
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class,
                () -> decide(List.of("--api-url", "ftp://x/v1.3"), Map.of()));
        assertTrue(flag.getMessage().startsWith("--api-url \"ftp://x/v1.3\" is not a web address"), flag.getMessage());
        IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
                () -> decide(List.of(), Map.of(LaunchOptions.ENV_BASE_URL, "https://api.example.com/v9",
                        LaunchOptions.ENV_API_KEY, "k")));
        assertTrue(env.getMessage().contains("does not end in /v1.2 or /v1.3"), env.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> decide(List.of("--sandbox-time-scale", "fast"), Map.of()));
    }

    /** The rule is tested without opening anything. */
    private static final class RefusingOpener implements SessionOpener {
        @Override
        public Session openSandbox() {
            throw new AssertionError("decide() must not open a session");
        }

        @Override
        public Session openAccount(Connection connection, ApiKey key) {
            throw new AssertionError("decide() must not open a session");
        }

        @Override
        public List<Index> checkKey(URI apiUrl, ApiKey key) {
            throw new AssertionError("decide() must not check a key");
        }
    }
}
