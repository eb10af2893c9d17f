/**
 * The engine behind the window and the command line: the submission queue, the monitoring
 * scheduler, ETA estimation, the persisted task history and batched change events.
 *
 * <p>Public face: {@link io.reeldrop.tracking.TaskTracker} (what the window binds to), built as
 * a {@link io.reeldrop.tracking.Tracker} by {@link io.reeldrop.tracking.TrackerBuilder}, tuned
 * by {@link io.reeldrop.tracking.TrackerSettings}, run on an
 * {@link io.reeldrop.tracking.EngineExecutor} (real threads by default, virtual time in tests).
 * Inside: {@code SubmissionRules} checks lines locally, {@code Sender} posts with bounded
 * concurrency after a durable history write, {@code Reconciler} settles unanswered POSTs by
 * listing, {@code Monitor} and {@code PollPlanner} keep tasks current with as few requests as
 * possible, {@code TaskBook} holds the state and {@code ChangeBus} coalesces the events.
 *
 * <p>No JavaFX here; the window applies each {@link io.reeldrop.tracking.TrackerListener}
 * batch in one FX update.
 */
package io.reeldrop.tracking;
