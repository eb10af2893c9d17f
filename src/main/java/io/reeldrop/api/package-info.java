/**
 * The Twelve Labs API client: immutable records for what the API returns, one typed error,
 * tolerant reading of the v1.2 and v1.3 shapes, retries, deadlines and rate-limit awareness.
 *
 * <p>This package imports nothing else of ReelDrop and no JavaFX, so it could ship on its own.
 * Everything above it (tracking, the CLI, the window) talks to the API through
 * {@link io.reeldrop.api.TwelveLabsApi}.
 *
 * <p>The implementation, {@link io.reeldrop.api.TwelveLabsClient}, is split by concern into
 * package-private parts: {@code RequestFactory} (URLs, queries, multipart bodies per version),
 * {@code CallExecutor} (attempts, waits, deadline, same-origin redirects, when a POST may be
 * resent), {@code RetryPolicy}, {@code DeadlineGuard}, {@code AnswerReader} and
 * {@code JsonFields} (tolerant reading), {@code Failures}, {@code NetworkFailure} and
 * {@code BodyDescription} (the sentences of {@link io.reeldrop.api.ApiException}),
 * {@code RateLimitReader}, {@code Rfc3339}, and {@code LogRedaction} (the key out of
 * HttpClient's logs).
 */
package io.reeldrop.api;
