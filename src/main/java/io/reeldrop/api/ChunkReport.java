package io.reeldrop.api;

/**
 * The answer to reporting completed chunks. Every field may be null when the answer left it out.
 *
 * @param url present only once every chunk is reported and the upload is complete
 * @param processedChunks chunks of this report accepted, duplicates not counted
 * @param duplicateChunks chunks of this report that had been reported before (ignored by the API)
 * @param totalCompleted chunks reported so far over all reports
 */
public record ChunkReport(String assetId, String url, Integer processedChunks, Integer duplicateChunks,
                          Integer totalCompleted, String rawJson) {
}
