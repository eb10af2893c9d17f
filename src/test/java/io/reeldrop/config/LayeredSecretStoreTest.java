package io.reeldrop.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real owner-only files stand in for the keychain and the fallback file. */
class LayeredSecretStoreTest {

    private static final String API = "https://api.twelvelabs.io";

    @TempDir
    Path keychainDir;
    @TempDir
    Path fileDir;

    @Test
    void aKeySavedInTheFileBeforeAKeychainAnsweredIsStillFound() throws Exception {
        new OwnerOnlyFileSecretStore(fileDir).save(API, "tlk_from_file");
        SecretStore layered = layered();

        assertEquals(Optional.of("tlk_from_file"), layered.load(API));
    }

    @Test
    void aNewKeyGoesToTheKeychainAndTheFilesOlderCopyGoes() throws Exception {
        new OwnerOnlyFileSecretStore(fileDir).save(API, "tlk_old");
        SecretStore layered = layered();

        layered.save(API, "tlk_new");

        assertEquals(Optional.of("tlk_new"), layered.load(API));
        assertEquals(Optional.of("tlk_new"), new OwnerOnlyFileSecretStore(keychainDir).load(API));
        assertTrue(new OwnerOnlyFileSecretStore(fileDir).load(API).isEmpty(),
                "a stale key would be used whenever the keychain does not answer in time");
    }

    @Test
    void forgettingAKeyRemovesItFromBoth() throws Exception {
        new OwnerOnlyFileSecretStore(fileDir).save(API, "tlk_old");
        SecretStore layered = layered();
        layered.save(API, "tlk_new");

        layered.delete(API);

        assertTrue(layered.load(API).isEmpty());
        assertTrue(new OwnerOnlyFileSecretStore(fileDir).load(API).isEmpty());
    }

    private SecretStore layered() {
        return new LayeredSecretStore(new OwnerOnlyFileSecretStore(keychainDir), new OwnerOnlyFileSecretStore(fileDir));
    }
}
