package io.reeldrop.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings and the key file: a data folder they create is 0700, their files 0600 (issue 11, item 8). */
class OwnerOnlySettingsTest {

    @TempDir
    Path root;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aDataFolderMadeForTheSettingsOrTheKeyIsTheOwnersOnly() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permissions are POSIX's");
        Path forSettings = root.resolve("a").resolve("reeldrop");
        ConnectionSettings settings = new ConnectionSettings(forSettings);
        settings.saveApiUrl(URI.create("https://api.twelvelabs.io/v1.3"));
        settings.saveApiUrl(URI.create("https://api.twelvelabs.io/v1.2"));
        assertEquals("rwx------", mode(forSettings));
        assertEquals("rwx------", mode(forSettings.getParent()));
        assertEquals("rw-------", mode(forSettings.resolve("connection.properties")));

        Path forKey = root.resolve("b");
        OwnerOnlyFileSecretStore keys = new OwnerOnlyFileSecretStore(forKey);
        keys.save("https://api.twelvelabs.io", "tlk_0123456789");
        assertEquals("rwx------", mode(forKey));
        assertEquals("rw-------", mode(keys.file()));
    }
}
