package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One sandbox per state folder: two writing the same {@code sandbox-state.json} would each
 * overwrite the other's tasks. An OS file lock on {@code sandbox.lock}, so it is released
 * whatever way the process ends (a crash or SIGKILL included), and held by this process only once.
 */
final class StateFolderLock implements AutoCloseable {

    static final String FILE = "sandbox.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder if needed and locks it, or says who holds it. */
    static StateFolderLock take(Path folder) {
        Path file = folder.resolve(FILE);
        FileChannel channel = null;
        try {
            OwnerOnlyFolders.create(folder);
            channel = OwnerOnlyFolders.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException inThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another sandbox is using the data folder " + folder + " (it holds "
                        + file + "). Stop that one, or give this one another --data-dir.");
            }
            return new StateFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("The sandbox data folder " + folder + " cannot be used (" + e.getMessage()
                    + "). Choose another --data-dir.", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the failure being reported is the one that matters
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }
}
