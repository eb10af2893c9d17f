package io.reeldrop.folderwatch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells when a file has stopped growing: its size and modification time unchanged for a while.
 * A copy in progress changes both; a program that sets the size first still moves the time.
 * An empty file is never settled: it is a name waiting for its content.
 */
final class Settling {

    private record Seen(long size, long modified, Instant since) {
    }

    private final Duration stableFor;
    private final Map<Path, Seen> seen = new HashMap<>();

    Settling(Duration stableFor) {
        this.stableFor = stableFor;
    }

    /** Notes the file's state at {@code now}; true once it has been the same for the stable time. */
    boolean settled(Path file, long size, long modified, Instant now) {
        Seen last = seen.get(file);
        if (last == null || last.size() != size || last.modified() != modified) {
            seen.put(file, new Seen(size, modified, now));
            return size > 0 && stableFor.isZero();
        }
        return size > 0 && !now.isBefore(last.since().plus(stableFor));
    }

    /** Forgets files that are gone or handled, so the map does not grow with the folder's past. */
    void retainOnly(Set<Path> files) {
        seen.keySet().retainAll(files);
    }

    /** How many files are still being watched grow. */
    int pending() {
        return seen.size();
    }
}
