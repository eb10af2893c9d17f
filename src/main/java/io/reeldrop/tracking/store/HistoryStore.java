package io.reeldrop.tracking.store;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
    /** The journal lines folded into the current file, kept while {@value #PREVIOUS} is the copy to fall back on. */
    public static final String PREVIOUS_JOURNAL = "history.journal.prev";
    /** Entries this build could not read, one JSON line each, kept rather than dropped. */
    public static final String QUARANTINE = "history.quarantine.jsonl";
    private static final String TEMP = "history.json.tmp";
    private static final String LOCK = "history.lock";
    private static final Logger LOG = Logger.getLogger(HistoryStore.class.getName());

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
        this.journal = new HistoryJournal(dataFolder.resolve(JOURNAL), dataFolder.resolve(PREVIOUS_JOURNAL), mapper);
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
        HistoryFileReader reader = new HistoryFileReader(mapper, clock, repair, folder.resolve(QUARANTINE));
        HistoryDocument doc;
        if (Files.exists(current)) {
            doc = reader.readOrRecover(current, previous, warnings);
        } else if (Files.exists(previous)) {
            warnings.add("The history file " + current + " was missing; the previous copy " + previous + " is used.");
            doc = reader.readOrRecover(previous, null, warnings);
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
            OwnerOnly.folder(folder);
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
    public synchronized void save(Supplier<HistoryDocument> snapshot) {
        HistoryDocument document = snapshot.get();
        HistoryDocument stamped = new HistoryDocument(CURRENT_SCHEMA, clock.instant(), document.tasks(),
                document.etaRatios(), seq);
        try {
            OwnerOnly.folder(folder);
            // Compact: the file is rewritten before every POST, so its size is time.
            byte[] bytes = mapper.writeValueAsBytes(stamped);
            Path temp = folder.resolve(TEMP);
            try (FileChannel out = OwnerOnly.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
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
            journal.rotate(); // folded in: kept beside the previous copy, which does not hold these lines
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
            OwnerOnly.narrow(previous);
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
