package io.reeldrop.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * API keys in a file only the owner can read (0600 on POSIX), for machines with no keychain.
 * The file is created with those permissions before any byte is written, so the key is never
 * readable by others even for an instant.
 */
public final class OwnerOnlyFileSecretStore implements SecretStore {

    private static final String FILE = "credentials.properties";
    private final Path file;

    public OwnerOnlyFileSecretStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> load(String origin) throws IOException {
        return Optional.ofNullable(read().getProperty(origin));
    }

    @Override
    public synchronized void save(String origin, String secret) throws IOException {
        Properties p = read();
        p.setProperty(origin, secret);
        write(p);
    }

    @Override
    public synchronized void delete(String origin) throws IOException {
        Properties p = read();
        if (p.remove(origin) != null) {
            write(p);
        }
    }

    @Override
    public String describe() {
        return "an owner-only file in the data folder";
    }

    private Properties read() throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        return p;
    }

    private void write(Properties p) throws IOException {
        OwnerOnly.folder(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = OwnerOnly.newFile(tmp)) {
            p.store(out, "ReelDrop API keys: keep this file private");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "OwnerOnlyFileSecretStore[" + file + "]";
    }
}
