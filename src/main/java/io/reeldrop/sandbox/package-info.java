/**
 * The local sandbox: an offline, API-compatible Twelve Labs server (Jetty 12 core) serving both
 * {@code /v1.2} and {@code /v1.3}. Tasks really download their video, really probe it with
 * {@link io.reeldrop.media.MediaProber}, check it against the documented requirements and then
 * walk {@code pending -> queued -> indexing -> ready} on a shared scheduler, with durations
 * proportional to the video's length divided by a time scale. In v1.3 it also serves assets
 * (direct, URL and multipart uploads, whose chunks go to signed, single-use presigned URLs on a
 * second port and are written into place) and indexed assets, which share the tasks' lifecycle
 * ({@code IndexingJob}, {@code Indexer}) and show up
 * with them in one world. Faults (5xx, latency, dropped connections, empty 429 bursts, failing
 * tasks, expired URLs, slow uploads) can be injected deterministically for tests.
 *
 * <p>Bound beyond loopback it is a server others can use, so it guards itself
 * ({@link io.reeldrop.sandbox.SandboxGuards}, {@code Exposure}): a key of its own instead of the
 * well-known {@code sandbox}, no video URLs on private addresses (checked on every redirect hop),
 * capped downloads ({@code DownloadGate}); on any bind it drops clients that trickle bytes
 * ({@code SlowClientGuard}), locks its state folder ({@code StateFolderLock}) and keeps its
 * state owner-only ({@code OwnerOnlyFolders}).
 *
 * <p>Start it in-process with {@link io.reeldrop.sandbox.SandboxServer}, or standalone with
 * {@link io.reeldrop.sandbox.SandboxMain}. Shapes come from the vendor specs, not from
 * {@code io.reeldrop.api}: the sandbox is an independent server and must not share the client's
 * assumptions.
 */
package io.reeldrop.sandbox;
