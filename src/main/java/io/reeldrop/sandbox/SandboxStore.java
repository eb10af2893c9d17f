package io.reeldrop.sandbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All indexes, tasks, assets, upload sessions and indexed assets, behind one lock (reads are map look-ups, so one lock serves thousands
 * of requests a second). With a data folder the whole state is written atomically (the whole of
 * it to an owner-only temp file, fsync, rename, fsync of the folder) after every change, and read
 * back on start.
 */
final class SandboxStore {

    /** What is persisted. */
    static final class Snapshot {
        List<SandboxIndex> indexes = new ArrayList<>();
        List<SandboxTask> tasks = new ArrayList<>();
        List<SandboxAsset> assets = new ArrayList<>();
        List<UploadSession> uploads = new ArrayList<>();
        List<SandboxIndexedAsset> indexedAssets = new ArrayList<>();
        long nextTaskNumber;
        /** Signs presigned URLs; kept so URLs handed out before a restart still verify after it. */
        String urlSigningKey;
    }

    private static final String STATE_FILE = "sandbox-state.json";

    private final Object lock = new Object();
    private final Map<String, SandboxIndex> indexes = new LinkedHashMap<>();
    private final Map<String, SandboxTask> tasks = new LinkedHashMap<>();
    private final Map<String, SandboxAsset> assets = new LinkedHashMap<>();
    private final Map<String, UploadSession> uploads = new LinkedHashMap<>();
    private final Map<String, SandboxIndexedAsset> indexedAssets = new LinkedHashMap<>();
    private String urlSigningKey = newSigningKey();
    private final Path stateFile;
    private final ObjectMapper mapper;
    private final AtomicLong idCounter = new AtomicLong(new SecureRandom().nextLong() & 0xffff_ffffL);
    private long nextTaskNumber;
    private final Object writeLock = new Object();
    /** Guarded by lock: number of the latest snapshot taken. */
    private long snapshotVersion;
    /** Guarded by writeLock: number of the snapshot on disk. */
    private long writtenVersion;

    SandboxStore(Path dataDir) {
        this.stateFile = dataDir == null ? null : dataDir.resolve(STATE_FILE);
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    }

    Object lock() {
        return lock;
    }

    /** Loads the saved state if there is one; returns whether there was. */
    boolean load() {
        if (stateFile == null || !Files.isRegularFile(stateFile)) {
            return false;
        }
        try {
            Snapshot snapshot = mapper.readValue(stateFile.toFile(), Snapshot.class);
            synchronized (lock) {
                snapshot.indexes.forEach(index -> indexes.put(index.id, index));
                snapshot.tasks.forEach(task -> tasks.put(task.id, task));
                snapshot.assets.forEach(asset -> assets.put(asset.id, asset));
                snapshot.uploads.forEach(upload -> uploads.put(upload.id, upload));
                snapshot.indexedAssets.forEach(indexed -> indexedAssets.put(indexed.id, indexed));
                nextTaskNumber = snapshot.nextTaskNumber;
                if (snapshot.urlSigningKey != null) {
                    urlSigningKey = snapshot.urlSigningKey;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox state in " + stateFile + " cannot be read (" + e.getMessage()
                    + "). Move the file away to start with a fresh sandbox.", e);
        }
    }

    /**
     * Writes the state. The snapshot is serialised under the lock (so no half-changed task is
     * written) but written and fsynced outside it, so readers never wait for the disk; a writer
     * holding an older snapshot than one already on disk skips its write.
     */
    void save() {
        if (stateFile == null) {
            return;
        }
        byte[] json;
        long version;
        synchronized (lock) {
            Snapshot snapshot = new Snapshot();
            snapshot.indexes.addAll(indexes.values());
            snapshot.tasks.addAll(tasks.values());
            snapshot.assets.addAll(assets.values());
            snapshot.uploads.addAll(uploads.values());
            snapshot.indexedAssets.addAll(indexedAssets.values());
            snapshot.nextTaskNumber = nextTaskNumber;
            snapshot.urlSigningKey = urlSigningKey;
            try {
                json = mapper.writeValueAsBytes(snapshot);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot serialise the sandbox state", e);
            }
            version = ++snapshotVersion;
        }
        synchronized (writeLock) {
            if (version <= writtenVersion) {
                return;
            }
            Path temp = stateFile.resolveSibling(STATE_FILE + ".tmp");
            try {
                try (FileChannel channel = OwnerOnlyFolders.open(temp, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                    // One write() may write less than asked; a state file cut short is a lost sandbox.
                    ByteBuffer buffer = ByteBuffer.wrap(json);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                try {
                    Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING);
                }
                syncFolder(stateFile.getParent());
                writtenVersion = version;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the sandbox state to " + stateFile, e);
            }
        }
    }

    /** Makes the rename durable too; some platforms (Windows) cannot open a folder, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file itself is synced; only a power cut right now could lose the rename
        }
    }

    /** A new 24-hex id in the shape of the service's (a MongoDB ObjectId: seconds, then a counter). */
    String newId() {
        long seconds = Instant.now().getEpochSecond() & 0xffff_ffffL;
        return String.format("%08x%016x", seconds, idCounter.incrementAndGet());
    }

    long nextTaskNumber() {
        synchronized (lock) {
            return nextTaskNumber++;
        }
    }

    Map<String, SandboxIndex> indexes() {
        return indexes;
    }

    Map<String, SandboxTask> tasks() {
        return tasks;
    }

    Map<String, SandboxAsset> assets() {
        return assets;
    }

    Map<String, UploadSession> uploads() {
        return uploads;
    }

    Map<String, SandboxIndexedAsset> indexedAssets() {
        return indexedAssets;
    }

    /** The task or indexed asset with this id (ids never collide), or null. */
    IndexingJob job(String id) {
        IndexingJob task = tasks.get(id);
        return task != null ? task : indexedAssets.get(id);
    }

    /** Every task and indexed asset. */
    List<IndexingJob> jobs() {
        List<IndexingJob> all = new ArrayList<>(tasks.values());
        all.addAll(indexedAssets.values());
        return all;
    }

    String urlSigningKey() {
        return urlSigningKey;
    }

    private static String newSigningKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
