package io.reeldrop.tracking;

import java.util.List;

/**
 * Receives the engine's changes in batches: at most one call per coalescing interval
 * (100 ms by default), from an engine thread. The window applies each batch in one FX update.
 */
@FunctionalInterface
public interface TrackerListener {

    /**
     * @param changed the latest version of every task that changed since the last batch
     * @param removedLocalIds tasks forgotten since the last batch
     * @param health the connection state after the batch
     */
    void onBatch(List<TrackedTask> changed, List<String> removedLocalIds, TrackerHealth health);
}
