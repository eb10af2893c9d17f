package io.reeldrop.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void explicitOverrideWinsOverEverything() {
        Path p = DataFolder.resolve(Path.of("/tmp/x"), Map.of(DataFolder.ENV_DATA_DIR, "/tmp/y"), "Linux", "/home/a");
        assertEquals(Path.of("/tmp/x"), p);
    }

    @Test
    void environmentVariableWinsOverPlatformDefault() {
        assertEquals(Path.of("/tmp/y"), DataFolder.resolve(null, Map.of(DataFolder.ENV_DATA_DIR, "/tmp/y"), "Linux", "/home/a"));
    }

    @Test
    void linuxFollowsXdgAndIgnoresRelativeXdgDataHome() {
        assertEquals(Path.of("/data/reeldrop"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.local/share/reeldrop"),
                DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", "/home/a"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertEquals(Path.of("C:/Users/a/AppData/Roaming/ReelDrop"),
                DataFolder.resolve(null, Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"));
        assertEquals(Path.of("/Users/a/Library/Application Support/ReelDrop"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/a"));
    }
}
