/**
 * Pre-flight: "may this video be sent?", answered before any byte leaves and before any quota is
 * spent. Owns the documented limits per API version and flow ({@link io.reeldrop.preflight.Limits},
 * the one place those numbers live on the client side), its own copy of the video requirements
 * ({@link io.reeldrop.preflight.VideoRules}, written from the documentation, not shared with the
 * sandbox), the check of a local file (FFmpeg header probe) and the cheap check of a link
 * (one ranged GET, redirects followed by hand, http(s) only, bounded in time and bytes; FFmpeg
 * on the first bytes through a private temporary file).
 *
 * <p>Public face: {@link io.reeldrop.preflight.Preflight#checkFile} and
 * {@link io.reeldrop.preflight.Preflight#checkUrl}, answering a
 * {@link io.reeldrop.preflight.Verdict} (OK, REFUSED, INCONCLUSIVE, one sentence, what was
 * found). Uses only {@code media} of ours; used by {@code tracking} and {@code session}. No
 * JavaFX, no threads of its own, no API key.
 */
package io.reeldrop.preflight;
