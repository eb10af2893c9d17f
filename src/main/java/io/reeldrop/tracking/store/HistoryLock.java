package io.reeldrop.tracking.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code history.lock}: an OS file lock that keeps a window and a command from writing the same
 * history at once. The file exists only while someone holds it; a crash leaves it behind,
 * unlocked, and the next start simply takes it.
 */
final class HistoryLock {

    private static final Logger LOG = Logger.getLogger(HistoryLock.class.getName());

    /**
     * Lock files this JVM holds. A second engine in the same process is refused here, before it
     * opens the file: closing any channel on a locked file drops the process's lock on POSIX.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private HistoryLock() {
    }

    static HistoryStore.Lock take(Path folder, Path lockFile) {
        Path path = lockFile.toAbsolutePath().normalize();
        if (!HELD.add(path)) {
            throw busy(folder);
        }
        boolean taken = false;
        try {
            OwnerOnly.folder(folder);
            // A holder that closes between our open and our lock deletes the file we opened; we
            // would then hold a lock on a name nobody can find, next to a new file someone else
            // locks. The name pointing at the same file before our open and after our lock proves
            // the lock is on the file everyone opens. (Checked with stat: opening and closing the
            // file again would drop this process's lock on POSIX systems.)
            for (int attempt = 0; attempt < 5; attempt++) {
                Object before = identity(path);
                FileChannel channel = OwnerOnly.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    throw busy(folder);
                }
                if (before != null && before.equals(identity(path))) {
                    taken = true;
                    return releasing(lock, channel, path);
                }
                lock.release();
                channel.close();
            }
            throw new HistoryException("The history lock " + path + " keeps changing under this process. Close other"
                    + " ReelDrop windows and commands, then try again.", null);
        } catch (IOException e) {
            throw new HistoryException("Cannot open the history lock in " + folder + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable.", e);
        } finally {
            if (!taken) {
                HELD.remove(path);
            }
        }
    }

    private static HistoryException busy(Path folder) {
        return new HistoryException("Another ReelDrop (the window or a command) is using the history in "
                + folder + ". Close it first, or give this command its own folder with --data-dir.", null);
    }

    /** The file the name points at (device and inode), null when there is none. */
    private static Object identity(Path path) throws IOException {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            // Without file keys (Windows) an open file cannot be deleted either, so the name is stable.
            return key != null ? key : "exists";
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static HistoryStore.Lock releasing(FileLock lock, FileChannel channel, Path path) {
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (!open.getAndSet(false)) {
                return; // a second close must not delete a file another process has locked since
            }
            try {
                // Deleted while still held, so nobody can take a lock on it and then lose its name.
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.log(Level.FINE, "The lock file stays (it is open elsewhere); the next start reuses it", e);
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Releasing the history lock failed", e);
            } finally {
                HELD.remove(path);
            }
        };
    }
}
