/**
 * The Twelve Labs API client: immutable records for what the API returns, one typed error,
 * tolerant reading of the v1.2 and v1.3 shapes, retries, deadlines and rate-limit awareness.
 *
 * <p>This package imports nothing else of ReelDrop and no JavaFX, so it could ship on its own.
 * Everything above it (tracking, the CLI, the window) talks to the API through
 * {@link io.reeldrop.api.TwelveLabsApi}.
 */
package io.reeldrop.api;
