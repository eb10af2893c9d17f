package io.reeldrop.folderwatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The folders the window watches, each with its index and the profile (account or sandbox) the
 * index belongs to: {@value #FILE} in the data folder, beside the history it feeds. A watch runs
 * only while its profile is open, since an index id means nothing to another account.
 */
public final class WatchList {

    public static final String FILE = "watched-folders.json";

    /** One watched folder. @param profile the {@code tracking.Profile} id the index belongs to */
    public record Entry(Path folder, String indexId, String profile) {

        public Entry {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(indexId, "indexId");
            Objects.requireNonNull(profile, "profile");
        }

        public WatchedFolder watch() {
            return new WatchedFolder(folder, indexId);
        }
    }

    private record Stored(String folder, String index, String profile) {
    }

    private record Document(int schema, List<Stored> folders) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;

    private WatchList(Path file) {
        this.file = file;
    }

    public static WatchList in(Path dataFolder) {
        return new WatchList(dataFolder.resolve(FILE));
    }

    /** Every watched folder; none when the file does not exist. Reads the disk. */
    public List<Entry> load() {
        try {
            Document doc = JSON.readValue(Files.readAllBytes(file), Document.class);
            List<Entry> entries = new ArrayList<>();
            for (Stored s : doc.folders() == null ? List.<Stored>of() : doc.folders()) {
                if (s.folder() != null && s.index() != null) {
                    entries.add(new Entry(Path.of(s.folder()), s.index(), s.profile() == null ? "" : s.profile()));
                }
            }
            return entries;
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The list of watched folders " + file + " cannot be read ("
                    + e.getOriginalMessage() + "). Choose the folders again in Settings; saving replaces the file.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of watched folders " + file + " cannot be read ("
                    + e.getMessage() + "). Check the data folder's permissions.", e);
        }
    }

    /** Replaces the list; written atomically. */
    public void save(List<Entry> entries) {
        List<Stored> stored = entries.stream()
                .map(e -> new Stored(e.folder().toAbsolutePath().normalize().toString(), e.indexId(), e.profile()))
                .toList();
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(1, stored)));
        } catch (IOException e) {
            throw new UncheckedIOException("The list of watched folders could not be saved to " + file + " ("
                    + e.getMessage() + "). Free some disk space or check the data folder's permissions.", e);
        }
    }
}
