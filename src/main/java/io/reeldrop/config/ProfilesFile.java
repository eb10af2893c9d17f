package io.reeldrop.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The saved profiles, {@code profiles.json} in the data folder: each account's name, API URL,
 * history id and the name its key is kept under, and which profile is active. No key is ever in
 * it, so the file can be shown or shared; it is still the owner's only (0600), written whole to a
 * temporary file and moved over the old one, so a crash leaves the old list or the new one.
 */
public final class ProfilesFile {

    static final String FILE = "profiles.json";
    private static final int SCHEMA = 1;
    private static final Pattern ACTIVE = Pattern.compile("\"active\"\\s*:\\s*\"([^\"\\\\]*)\"");

    /**
     * Made on the first read or write, not with the class: the window asks {@link #activeAsWritten}
     * before its first frame, and loading Jackson costs about 170 ms there (measured cold, JDK 17).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * One saved account.
     *
     * @param history the tracking profile id its tasks are filed under
     * @param keyEntry the name its key has in the key store
     */
    public record Stored(String name, String apiUrl, String history, String keyEntry) {
    }

    /** @param active the history id of the active profile; {@code sandbox} for the sandbox */
    public record Content(int schema, String active, List<Stored> profiles) {

        public Content {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
        }

        public Content(String active, List<Stored> profiles) {
            this(SCHEMA, active, profiles);
        }
    }

    private final Path file;

    public ProfilesFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The saved list; empty when there is no file yet. */
    public Optional<Content> read() throws IOException {
        try {
            Content c = Json.MAPPER.readValue(Files.readAllBytes(file), Content.class);
            if (c.schema() > SCHEMA) {
                throw new IOException("it was written by a newer ReelDrop (schema " + c.schema() + ")");
            }
            for (Stored s : c.profiles()) {
                if (s == null || s.name() == null || s.apiUrl() == null || s.history() == null || s.keyEntry() == null) {
                    throw new IOException("a profile lacks its name, URL, history id or key name");
                }
            }
            return Optional.of(c);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    /**
     * The active profile's id as the file has it, found without a JSON parser: a guess for a
     * "starting" sentence, never a decision. Empty when there is no file or no such field.
     */
    public Optional<String> activeAsWritten() {
        try {
            Matcher m = ACTIVE.matcher(Files.readString(file));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void write(Content content) throws IOException {
        byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(content);
        OwnerOnly.folder(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = OwnerOnly.newFile(tmp)) {
            out.write(bytes);
        }
        // On disk before the move: a crash must leave the old list or the whole new one.
        try (FileChannel written = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
