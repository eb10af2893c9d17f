/**
 * The engine behind the window and the command line: the submission queue, the monitoring
 * scheduler, ETA estimation, the persisted task history and batched change events.
 *
 * <p>No JavaFX here; the window binds to {@link io.reeldrop.tracking.TaskTracker} and applies
 * each {@link io.reeldrop.tracking.TrackerListener} batch in one FX update.
 */
package io.reeldrop.tracking;
