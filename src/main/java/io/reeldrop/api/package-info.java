/**
 * The Twelve Labs API client: immutable records for what the API returns, one typed error,
 * tolerant reading of the v1.2 and v1.3 shapes, retries, deadlines and rate-limit awareness.
 *
 * <p>This package imports nothing else of ReelDrop and no JavaFX, so it could ship on its own.
 * Everything above it (tracking, the CLI, the window) talks to the API through
 * {@link io.reeldrop.api.TwelveLabsApi}, and to the v1.3 ingestion endpoints (assets, multipart
 * uploads, indexed assets, videos of an index) through {@link io.reeldrop.api.AssetsApi} from
 * {@link io.reeldrop.api.TwelveLabsApi#assets()}; {@link io.reeldrop.api.MultipartUploader}
 * sends a whole file through a multipart session and resumes one.
 *
 * <p>The implementation, {@link io.reeldrop.api.TwelveLabsClient}, is split by concern into
 * package-private parts: {@code RequestFactory} and {@code AssetRequests} (URLs, queries,
 * multipart and JSON bodies), {@code CallExecutor} (attempts, waits, deadline, same-origin
 * redirects, when a POST may be resent, by {@code Creates}), {@code AssetsClient},
 * {@code ChunkTransfer} with {@code FileRegionEntity} and {@code StoreAnswer} (chunk PUTs to
 * presigned URLs, straight from the file, without the key), {@code ChunkRun} (one pass of
 * parallel chunk PUTs and reports), {@code RetryPolicy}, {@code DeadlineGuard},
 * {@code AnswerReader}, {@code AssetAnswers} and {@code JsonFields} (tolerant reading),
 * {@code Failures}, {@code ChunkFailures}, {@code NetworkFailure} and {@code BodyDescription}
 * (the sentences of {@link io.reeldrop.api.ApiException}), {@code RateLimitReader},
 * {@code Rfc3339}, {@code HttpTransport} (the pool, and the key only to the API origin) and
 * {@code LogRedaction} (the key out of HttpClient's logs).
 */
package io.reeldrop.api;
