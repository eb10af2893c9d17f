package io.reeldrop.tracking;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** What {@link TrackingBenchmark} compares the engine with: one polling loop per video, as the SDKs do it. */
interface PollingBaseline extends AutoCloseable {

    /** Sends every URL to {@code indexId} and follows each until it ends. */
    void start(String indexId, List<String> urls);

    /** True once every video ended within {@code timeout}. */
    boolean await(Duration timeout) throws InterruptedException;

    /** Detection delay of every status change seen, in milliseconds. */
    Collection<Long> allChangesMillis();

    /** Detection delay of the last change (ready or failed), in milliseconds. */
    Collection<Long> readyMillis();

    @Override
    void close();
}
