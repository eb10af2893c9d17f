package io.reeldrop.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.config.KeyringSecretStore;
import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.config.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store the window uses: the OS keychain when one answers, else the owner-only file. On a
 * headless machine (CI) that is the file, and the key must land there with 0600.
 */
class KeyStorageTest {

    @TempDir
    Path data;

    @Test
    void thePreferredStoreKeepsOneKeyPerOriginAndForgetsItOnRequest() throws Exception {
        SecretStore store = KeyringSecretStore.preferred(data);
        String origin = "https://reeldrop-test-" + UUID.randomUUID() + ".example.test";
        try {
            store.save(origin, "tlk_test_secret");
            assertEquals(Optional.of("tlk_test_secret"), store.load(origin));
            assertEquals(Optional.empty(), store.load(origin + ":8443"));
            if (store instanceof OwnerOnlyFileSecretStore file) {
                assertEquals("an owner-only file in the data folder", store.describe());
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())));
            } else {
                assertEquals("the system keychain", store.describe());
                assertTrue(Files.notExists(data.resolve("credentials.properties")), "a keychain leaves no key file");
            }
        } finally {
            store.delete(origin);
        }
        assertEquals(Optional.empty(), store.load(origin));
    }
}
