package io.reeldrop.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The account older builds saved: the API URL only (the key lives in a {@link SecretStore}). Read
 * once, to turn it into a saved profile ({@link ProfilesFile}), then removed.
 */
public final class ConnectionSettings {

    private static final String FILE = "connection.properties";
    private static final String KEY_API_URL = "api.url";

    private final Path file;

    public ConnectionSettings(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The saved API URL, or empty when the person has not connected an account. */
    public Optional<URI> apiUrl() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String url = p.getProperty(KEY_API_URL);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(URI.create(url.strip()));
    }

    public void saveApiUrl(URI apiUrl) throws IOException {
        Properties p = new Properties();
        p.setProperty(KEY_API_URL, apiUrl.toString());
        OwnerOnly.folder(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = OwnerOnly.newFile(tmp)) {
            p.store(out, "ReelDrop connection (the API key is stored separately)");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
