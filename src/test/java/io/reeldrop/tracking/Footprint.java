package io.reeldrop.tracking;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one phase of a benchmark cost this JVM, watched from its start to {@link #close()}: the
 * heap's growth (the largest heap left after any collection, and the largest heap in use at all,
 * garbage included, each minus the heap after a collection at the start), and the bytes this
 * process, and optionally another, sent to storage ({@code write_bytes} of Linux's
 * {@code /proc/PID/io}: every file write that reaches a disk, temporary files included).
 */
final class Footprint implements AutoCloseable {

    private final long heapAtStart;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakInUse = new AtomicLong();
    private final long writtenAtStart;
    private final long otherPid;
    private final long otherWrittenAtStart;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "footprint");
        t.setDaemon(true);
        return t;
    });
    private long heapGrowthAfterGc;
    private long heapGrowthPeak;
    private long written;
    private long otherWritten;
    private boolean closed;

    /** @param otherPid another process whose disk writes to count too (a server in a child JVM), or -1 */
    Footprint(long otherPid) {
        System.gc();
        heapAtStart = afterLastCollection();
        peakAfterGc.set(heapAtStart);
        peakInUse.set(heapAtStart);
        this.otherPid = otherPid;
        writtenAtStart = bytesWritten("self");
        otherWrittenAtStart = otherPid < 0 ? -1 : bytesWritten(Long.toString(otherPid));
        sampler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        peakAfterGc.accumulateAndGet(afterLastCollection(), Math::max);
        peakInUse.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** Ends the watch; the figures are those of the first call. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sampler.shutdownNow();
        written = minus(bytesWritten("self"), writtenAtStart);
        otherWritten = otherPid < 0 ? -1 : minus(bytesWritten(Long.toString(otherPid)), otherWrittenAtStart);
        sample();
        System.gc();
        sample();
        heapGrowthAfterGc = peakAfterGc.get() - heapAtStart;
        heapGrowthPeak = peakInUse.get() - heapAtStart;
    }

    long heapGrowthAfterGc() {
        return heapGrowthAfterGc;
    }

    long heapGrowthPeak() {
        return heapGrowthPeak;
    }

    /** Bytes this JVM sent to storage meanwhile; -1 where there is no /proc. */
    long written() {
        return written;
    }

    /** Bytes the other process sent to storage meanwhile; -1 when there is none or no /proc. */
    long otherWritten() {
        return otherWritten;
    }

    private static long minus(long after, long before) {
        return after < 0 || before < 0 ? -1 : after - before;
    }

    /** The heap left after the latest collection of each heap pool. */
    private static long afterLastCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            used += usage == null ? 0 : usage.getUsed();
        }
        return used;
    }

    /** {@code write_bytes} of {@code /proc/PID/io}, or -1 where it cannot be read. */
    static long bytesWritten(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "io"))) {
                if (line.startsWith("write_bytes:")) {
                    return Long.parseLong(line.substring("write_bytes:".length()).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
