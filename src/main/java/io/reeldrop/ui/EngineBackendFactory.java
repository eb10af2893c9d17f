package io.reeldrop.ui;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The real backends: the tracking engine over the Twelve Labs client, or over the in-process
 * sandbox. Until the engine and sandbox branches are merged this says so instead of starting.
 */
final class EngineBackendFactory implements BackendFactory {

    private final Path dataFolder;

    EngineBackendFactory(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public Backend openSandbox() {
        throw new IllegalStateException("this build has no engine yet (data folder " + dataFolder + ").");
    }

    @Override
    public Backend openAccount(URI apiUrl, ApiKey key) {
        throw new IllegalStateException("this build has no engine yet.");
    }

    @Override
    public List<Index> checkKey(URI apiUrl, ApiKey key) {
        throw new IllegalStateException("this build has no API client yet.");
    }
}
