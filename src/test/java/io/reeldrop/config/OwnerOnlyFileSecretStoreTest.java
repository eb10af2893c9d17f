package io.reeldrop.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFileSecretStoreTest {

    @TempDir
    Path dir;

    @Test
    void keysRoundTripPerOriginInAnOwnerOnlyFile() throws Exception {
        OwnerOnlyFileSecretStore store = new OwnerOnlyFileSecretStore(dir);
        store.save("https://api.twelvelabs.io", "tlk_secret_1");
        store.save("http://127.0.0.1:9", "other");

        OwnerOnlyFileSecretStore reopened = new OwnerOnlyFileSecretStore(dir);
        assertEquals(Optional.of("tlk_secret_1"), reopened.load("https://api.twelvelabs.io"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertFalse(store.toString().contains("tlk_secret_1"));

        reopened.delete("https://api.twelvelabs.io");
        assertTrue(new OwnerOnlyFileSecretStore(dir).load("https://api.twelvelabs.io").isEmpty());
        assertEquals(Optional.of("other"), new OwnerOnlyFileSecretStore(dir).load("http://127.0.0.1:9"));
    }

    @Test
    void connectionSettingsRememberTheApiUrlButNeverAKey() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(dir);
        assertTrue(settings.apiUrl().isEmpty());
        settings.saveApiUrl(URI.create("https://api.twelvelabs.io/v1.2"));
        assertEquals("https://api.twelvelabs.io/v1.2", new ConnectionSettings(dir).apiUrl().orElseThrow().toString());
    }
}
