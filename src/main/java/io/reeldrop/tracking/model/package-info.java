/**
 * The values the engine's parts and its users share: what a person submitted
 * ({@link io.reeldrop.tracking.model.Submission}), by which flow, and where it stands on our side
 * of the wire ({@link io.reeldrop.tracking.model.SubmissionState}). Below both the engine and its
 * stored history, so the history's schema can name them without depending on the engine.
 */
package io.reeldrop.tracking.model;
