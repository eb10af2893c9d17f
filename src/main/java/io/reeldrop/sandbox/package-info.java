/**
 * The local sandbox: an offline, API-compatible Twelve Labs server (Jetty 12 core) serving both
 * {@code /v1.2} and {@code /v1.3}. Tasks really download their video, really probe it with
 * {@link io.reeldrop.media.MediaProber}, check it against the documented requirements and then
 * walk {@code pending -> queued -> indexing -> ready} on a shared scheduler, with durations
 * proportional to the video's length divided by a time scale. Faults (5xx, latency, dropped
 * connections, empty 429 bursts, failing tasks) can be injected deterministically for tests.
 *
 * <p>Start it in-process with {@link io.reeldrop.sandbox.SandboxServer}, or standalone with
 * {@link io.reeldrop.sandbox.SandboxMain}. Shapes come from the vendor specs, not from
 * {@code io.reeldrop.api}: the sandbox is an independent server and must not share the client's
 * assumptions.
 */
package io.reeldrop.sandbox;
