package io.reeldrop.tracking.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@value #FILE} in the data folder.
 *
 * <p>A write goes to a temp file that is fsynced, the current file is kept as
 * {@value #PREVIOUS} (a hard link where the file system allows, else a copy), and the temp file
 * is renamed over the current one, so at every instant a complete document exists on disk. A
 * file that cannot be read is moved aside as {@code history.json.corrupt-<time>} and the previous
 * copy is used; nothing is ever deleted.
 */
public final class HistoryStore {

    public static final int CURRENT_SCHEMA = 2;
    public static final String FILE = "history.json";
    public static final String PREVIOUS = "history.json.prev";
    public static final String JOURNAL = "history.journal";
    private static final String TEMP = "history.json.tmp";
    private static final String LOCK = "history.lock";
    private static final Logger LOG = Logger.getLogger(HistoryStore.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The held history lock; closing releases it. */
    @FunctionalInterface
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** Points inside a write where a test can simulate a crash by throwing. */
    public enum WriteStep { HALF_WRITTEN, TEMP_SYNCED, PREVIOUS_KEPT }

    /** Called at each {@link WriteStep}; the default does nothing. */
    @FunctionalInterface
    public interface WriteHook {
        WriteHook NONE = step -> { };

        void reached(WriteStep step) throws IOException;
    }

    /** A loaded document and, when something had to be repaired, sentences saying what. */
    public record Loaded(HistoryDocument document, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private final Path folder;
    private final Clock clock;
    private final WriteHook hook;
    private final ObjectMapper mapper = HistoryJson.mapper();
    private final HistoryJournal journal;
    /** Number of the last journal line written or read; guarded by this. */
    private long seq;

    public HistoryStore(Path dataFolder) {
        this(dataFolder, Clock.systemUTC(), WriteHook.NONE);
    }

    public HistoryStore(Path dataFolder, Clock clock, WriteHook hook) {
        this.folder = dataFolder;
        this.clock = clock;
        this.hook = hook;
        this.journal = new HistoryJournal(dataFolder.resolve(JOURNAL), mapper);
    }

    public Path file() {
        return folder.resolve(FILE);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Takes the data folder's history for this process, so a window and a command never
     * overwrite each other's changes. Released by closing the returned lock, which also removes
     * the lock file, so a clean stop leaves nothing behind.
     *
     * @throws HistoryException when another process (or engine) holds it
     */
    public Lock lockExclusive() {
        return HistoryLock.take(folder, folder.resolve(LOCK));
    }

    /**
     * Reads the history (the document, then the journal's newer lines); nothing there is an empty
     * history. A file that cannot be read is moved aside: call it only while holding the lock.
     */
    public synchronized Loaded load() {
        return load(true);
    }

    /**
     * Reads the history as {@link #load()} does but changes nothing on disk, so it is safe without
     * the lock while a window or a command holds it: a damaged file is reported, not moved.
     */
    public synchronized Loaded loadReadOnly() {
        return load(false);
    }

    private Loaded load(boolean repair) {
        List<String> warnings = new ArrayList<>();
        Path current = folder.resolve(FILE);
        Path previous = folder.resolve(PREVIOUS);
        HistoryDocument doc;
        if (Files.exists(current)) {
            doc = repair ? readOrRecover(current, previous, warnings) : readOrReport(current, previous, warnings);
        } else if (Files.exists(previous)) {
            warnings.add("The history file " + current + " was missing; the previous copy " + previous + " is used.");
            doc = repair ? readOrRecover(previous, null, warnings) : readOrReport(previous, null, warnings);
        } else {
            doc = HistoryDocument.empty();
        }
        HistoryJournal.Replayed replayed = journal.replayOnto(doc, warnings);
        seq = Math.max(seq, replayed.lastSeq());
        return new Loaded(replayed.document(), warnings);
    }

    /**
     * Records changed entries durably without rewriting the whole file: one fsynced line each.
     * The next {@link #save} folds them in.
     *
     * @throws UncheckedIOException when the disk refuses
     */
    public synchronized void append(List<HistoryEntry> changed) {
        if (changed.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            boolean created = !Files.exists(folder.resolve(JOURNAL));
            journal.append(changed, seq + 1);
            seq += changed.size();
            if (created) {
                // The line is fsynced, but a new file's name lives in the folder: sync that too, or a
                // power cut could lose the whole journal and with it the record made before a POST.
                syncFolder();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the history journal in " + folder + ": " + e.getMessage()
                    + ". Free some disk space or check the folder's permissions.", e);
        }
    }

    private HistoryDocument readOrRecover(Path file, Path fallback, List<String> warnings) {
        try {
            return read(file);
        } catch (UnreadableHistory e) {
            Path aside = moveAside(file);
            if (fallback != null && Files.exists(fallback)) {
                try {
                    HistoryDocument doc = read(fallback);
                    warnings.add("The history file " + file + " could not be read (" + e.getMessage() + "). It was moved to "
                            + aside + " and the copy saved before it" + savedAtText(doc)
                            + " is used; changes made after that copy may be missing from the list.");
                    return doc;
                } catch (UnreadableHistory again) {
                    Path fallbackAside = moveAside(fallback);
                    warnings.add("Neither the history file nor its previous copy could be read (" + e.getMessage()
                            + "). Both are kept, as " + aside + " and " + fallbackAside
                            + ", and ReelDrop starts with an empty list.");
                    return HistoryDocument.empty();
                }
            }
            warnings.add("The history file " + file + " could not be read (" + e.getMessage() + "). It was kept as "
                    + aside + " and ReelDrop starts with an empty list.");
            return HistoryDocument.empty();
        }
    }

    /** Like {@link #readOrRecover} for a reader without the lock: falls back, but moves nothing. */
    private HistoryDocument readOrReport(Path file, Path fallback, List<String> warnings) {
        try {
            return read(file);
        } catch (UnreadableHistory e) {
            String repair = " ReelDrop repairs it the next time the window or a command that changes the history"
                    + " starts.";
            if (fallback != null && Files.exists(fallback)) {
                try {
                    HistoryDocument doc = read(fallback);
                    warnings.add("The history file " + file + " could not be read (" + e.getMessage() + "); the copy"
                            + " saved before it" + savedAtText(doc) + " is shown." + repair);
                    return doc;
                } catch (UnreadableHistory again) {
                    // neither is readable: report the first
                }
            }
            warnings.add("The history file " + file + " could not be read (" + e.getMessage() + ")." + repair);
            return HistoryDocument.empty();
        }
    }

    private static String savedAtText(HistoryDocument doc) {
        return doc.savedAt() == null ? "" : " (saved " + doc.savedAt() + ")";
    }

    /** A file that is there but is not a history this build can read. */
    private static final class UnreadableHistory extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableHistory(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private HistoryDocument read(Path file) throws UnreadableHistory {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HistoryException("Cannot read the history file " + file + ": " + e.getMessage()
                    + ". Check the file's permissions.", e);
        }
        try {
            // The common case, a current document, binds directly: half the time of tree-then-bind.
            HistoryDocument current = mapper.readValue(bytes, HistoryDocument.class);
            if (current.schema() == CURRENT_SCHEMA) {
                return current;
            }
        } catch (IOException | RuntimeException e) {
            // an older schema or a damaged file: the tree below tells which, with a clear reason
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new UnreadableHistory("it is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new HistoryException("Cannot read the history file " + file + ": " + e.getMessage()
                    + ". Check the file's permissions.", e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw new UnreadableHistory("it does not hold a JSON object", null);
        }
        int schema = SchemaUpgrade.schemaOf(object);
        if (schema > CURRENT_SCHEMA) {
            // Left untouched on purpose: moving it aside would hide a newer build's history.
            throw new HistoryException("The history file " + file + " was written by a newer ReelDrop (schema "
                    + schema + "; this build reads up to " + CURRENT_SCHEMA + "). Update ReelDrop, or use another"
                    + " data folder with --data-dir.", null);
        }
        if (schema < 1) {
            throw new UnreadableHistory("it has no schema version", null);
        }
        try {
            HistoryDocument doc = mapper.treeToValue(SchemaUpgrade.upgrade(object), HistoryDocument.class);
            return new HistoryDocument(CURRENT_SCHEMA, doc.savedAt(), doc.tasks(), doc.etaRatios(), doc.journalSeq());
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableHistory("its content does not match schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private Path moveAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()) + "-" + n);
        }
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new HistoryException("The history file " + file + " cannot be read and could not be moved aside ("
                    + e.getMessage() + "). Move it away by hand and start again.", e);
        }
        Path movedTo = aside;
        LOG.warning(() -> "Unreadable history " + file + " moved to " + movedTo);
        return aside;
    }

    /**
     * Writes the document durably. When this returns, the document is on disk; when it throws,
     * the file on disk is the one from before the call.
     *
     * @throws UncheckedIOException when the disk refuses (full, read-only, ...)
     */
    public void save(HistoryDocument document) {
        save(() -> document);
    }

    /**
     * Writes the document the supplier gives, taken while no journal line can be appended, so
     * every change is in the document or in a journal line after it.
     */
    public synchronized void save(java.util.function.Supplier<HistoryDocument> snapshot) {
        HistoryDocument document = snapshot.get();
        HistoryDocument stamped = new HistoryDocument(CURRENT_SCHEMA, clock.instant(), document.tasks(),
                document.etaRatios(), seq);
        try {
            Files.createDirectories(folder);
            // Compact: the file is rewritten before every POST, so its size is time.
            byte[] bytes = mapper.writeValueAsBytes(stamped);
            Path temp = folder.resolve(TEMP);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                buffer.limit(bytes.length / 2);
                writeFully(out, buffer);
                hook.reached(WriteStep.HALF_WRITTEN);
                buffer.limit(bytes.length);
                writeFully(out, buffer);
                out.force(true);
            }
            hook.reached(WriteStep.TEMP_SYNCED);
            Path current = folder.resolve(FILE);
            if (Files.exists(current)) {
                keepAsPrevious(current, folder.resolve(PREVIOUS));
            }
            hook.reached(WriteStep.PREVIOUS_KEPT);
            try {
                Files.move(temp, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, current, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
            journal.delete(); // folded in; its lines are all at or below the document's journalSeq
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the history to " + folder + ": " + e.getMessage()
                    + ". Free some disk space or check the folder's permissions.", e);
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static void keepAsPrevious(Path current, Path previous) throws IOException {
        Files.deleteIfExists(previous);
        try {
            Files.createLink(previous, current);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(current, previous, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; some platforms (Windows) cannot open a folder, which is fine. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "Folder sync not supported here", e);
        }
    }
}
