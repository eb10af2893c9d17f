package io.reeldrop.folderwatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folder watch's own record of every file it handed to the engine, or found already in a
 * folder when the watch began: {@value #FILE} in the data folder, rewritten atomically after each
 * hand-over. The engine's duplicate check knows only the rows still in the history; this record
 * keeps a row a person forgot from coming back out of the folder at the next start. Shared by
 * every watcher of a process; thread-safe.
 */
public final class HandoverLedger {

    public static final String FILE = "folder-watch.json";
    static final int SCHEMA = 1;

    /** What became of a file. */
    public enum Outcome {
        /** Handed to the engine, which accepted it. */
        SENT,
        /** The engine already tracks this video for this index. */
        DUPLICATE,
        /** The engine refused it (too large, unreadable); the reason is kept. */
        REFUSED,
        /** In the folder before the watch began, so not sent. */
        ALREADY_THERE
    }

    /** One file, as the ledger keeps it. */
    record FileEntry(String path, String index, long size, String at, Outcome outcome, String problem) {
    }

    /** One watch that has taken its first look. */
    record WatchEntry(String folder, String index, String since) {
    }

    record Document(int schema, List<WatchEntry> watches, List<FileEntry> files) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private List<WatchEntry> watches;
    private List<FileEntry> files;
    private final Set<String> watchKeys = new HashSet<>();
    private final Map<String, FileEntry> byKey = new HashMap<>();

    private HandoverLedger(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The ledger of a data folder; read on first use. */
    public static HandoverLedger in(Path dataFolder) {
        return new HandoverLedger(dataFolder);
    }

    public Path file() {
        return file;
    }

    /** Whether the file was handed over (or found there) before, for this watch's index. */
    public synchronized boolean knows(WatchedFolder watch, Path video) {
        load();
        return byKey.containsKey(watch.keyOf(video));
    }

    /** Whether the watch has looked at its folder before, so what it finds now is new. */
    public synchronized boolean hasLooked(WatchedFolder watch) {
        load();
        return watchKeys.contains(watch.key());
    }

    /** Records that the watch began, and the files already there with {@code outcome}; written at once. */
    public synchronized void began(WatchedFolder watch, List<Path> present, Outcome outcome, Instant now) {
        load();
        if (watchKeys.add(watch.key())) {
            watches.add(new WatchEntry(watch.folder().toString(), watch.indexId(), now.toString()));
        }
        for (Path p : present) {
            put(watch, p, sizeOf(p), now, outcome, null);
        }
        save();
    }

    /** Records files handed over and what the engine said; written before this returns. */
    public synchronized void handedOver(WatchedFolder watch, List<Handed> handed, Instant now) {
        load();
        for (Handed h : handed) {
            put(watch, h.file(), h.size(), now, h.outcome(), h.problem());
        }
        save();
    }

    /** A file the watcher handed over, with the engine's answer. */
    public record Handed(Path file, long size, Outcome outcome, String problem) {
    }

    private void put(WatchedFolder watch, Path p, long size, Instant now, Outcome outcome, String problem) {
        String key = watch.keyOf(p);
        FileEntry entry = new FileEntry(p.toAbsolutePath().normalize().toString(), watch.indexId(), size,
                now.toString(), outcome, problem);
        FileEntry old = byKey.put(key, entry);
        if (old != null) {
            files.remove(old);
        }
        files.add(entry);
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private void load() {
        if (files != null) {
            return;
        }
        Document doc;
        try {
            doc = JSON.readValue(Files.readAllBytes(file), Document.class);
        } catch (NoSuchFileException e) {
            doc = new Document(SCHEMA, List.of(), List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The folder watch's record " + file + " cannot be read ("
                    + e.getOriginalMessage() + "). Folders are not watched until it is repaired or removed, so that"
                    + " no video is sent twice; removing it makes every watch start afresh.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The folder watch's record " + file + " cannot be read (" + e.getMessage()
                    + "). Check the data folder's permissions.", e);
        }
        if (doc.schema() > SCHEMA) {
            throw new IllegalStateException("The folder watch's record " + file + " was written by a newer ReelDrop."
                    + " Update ReelDrop to watch folders with this data folder.");
        }
        watches = new ArrayList<>(doc.watches() == null ? List.of() : doc.watches());
        files = new ArrayList<>(doc.files() == null ? List.of() : doc.files());
        for (WatchEntry w : watches) {
            watchKeys.add(new WatchedFolder(Path.of(w.folder()), w.index()).key());
        }
        for (FileEntry f : files) {
            byKey.put(WatchedFolder.fileKey(f.index(), Path.of(f.path())), f);
        }
    }

    private void save() {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(new Document(SCHEMA, watches, files)));
        } catch (IOException e) {
            throw new UncheckedIOException("The folder watch's record " + file + " could not be written ("
                    + e.getMessage() + "). Free some disk space or check the data folder's permissions.", e);
        }
    }
}
