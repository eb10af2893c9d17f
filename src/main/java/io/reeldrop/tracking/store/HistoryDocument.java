package io.reeldrop.tracking.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole history file.
 *
 * @param schema the layout version; {@link HistoryStore#CURRENT_SCHEMA} when written by this build
 * @param etaRatios learned stage ratios by API host, then by stage (status value)
 * @param journalSeq the last journal line this document already contains; lines after it are
 *     replayed on load
 */
public record HistoryDocument(
        int schema,
        Instant savedAt,
        List<HistoryEntry> tasks,
        Map<String, Map<String, LearnedRatio>> etaRatios,
        long journalSeq) {

    public HistoryDocument(int schema, Instant savedAt, List<HistoryEntry> tasks,
                           Map<String, Map<String, LearnedRatio>> etaRatios) {
        this(schema, savedAt, tasks, etaRatios, 0);
    }

    public HistoryDocument {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        etaRatios = etaRatios == null ? Map.of() : Map.copyOf(etaRatios);
    }

    public static HistoryDocument empty() {
        return new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(), Map.of());
    }
}
