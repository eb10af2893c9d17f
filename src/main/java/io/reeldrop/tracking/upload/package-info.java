/**
 * The assets flow's upload stage, on v1.3: the video becomes an asset (a URL the platform
 * fetches, a file sent directly, or a big file sent in chunks through a multipart session), the
 * asset is processed, and the paid step, {@code POST /indexes/{id}/indexed-assets}, makes the
 * indexed asset the engine then follows like a task.
 *
 * <p>{@link io.reeldrop.tracking.upload.AssetStage} runs the steps for one submission; every step
 * is recorded in the history before and after it (the multipart session, each chunk the store
 * took), so a restart or a crash continues where it stopped, sending no chunk the store already
 * has and never creating the indexed asset twice for one asset. A lost answer is reconciled by
 * listing ({@link io.reeldrop.tracking.upload.AssetReconciler}). Uploads can be paused and are
 * paced under a bandwidth cap ({@link io.reeldrop.tracking.upload.UploadPacer}).
 *
 * <p>It reaches the rest of the engine only through {@link io.reeldrop.tracking.upload.UploadLedger}
 * and {@link io.reeldrop.tracking.upload.UploadTimer}: it knows the stored history's entries and
 * the API, not the engine's queue, monitor or book.
 */
package io.reeldrop.tracking.upload;
