package io.reeldrop.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The operations ReelDrop uses. Every method either returns the parsed answer or throws
 * {@link ApiException} with a sentence fit for a person; none blocks past the configured
 * deadline.
 */
public interface TwelveLabsApi extends AutoCloseable {

    ApiVersion version();

    /** The configured base URL, e.g. {@code https://api.twelvelabs.io/v1.3}. */
    URI baseUrl();

    /**
     * {@code POST /tasks}. Not retried once the request may have reached the server: then it
     * throws {@link ApiException} of kind {@link ApiException.Kind#OUTCOME_UNKNOWN} and the
     * caller reconciles by listing.
     *
     * @param progress told of the bytes sent when the request uploads a file
     */
    CreatedTask createTask(CreateTaskRequest request, UploadProgress progress);

    default CreatedTask createTask(CreateTaskRequest request) {
        return createTask(request, UploadProgress.NONE);
    }

    Task getTask(String taskId);

    Page<Task> listTasks(TaskQuery query);

    /** Walks every page of {@code query} (page size 50 unless the query sets one). */
    List<Task> listAllTasks(TaskQuery query);

    /** {@code DELETE /tasks/{id}}; the API allows it only for {@code ready} or {@code failed}. */
    void deleteTask(String taskId);

    /**
     * {@code DELETE /indexes/{index-id}/videos/{video-id}} (both versions): a ready task's video
     * must go before its task can.
     */
    void deleteVideo(String indexId, String videoId);

    Page<Index> listIndexes(int page, int pageLimit);

    List<Index> listAllIndexes();

    Index getIndex(String indexId);

    /**
     * {@code POST /indexes}: {@code models} in v1.3, {@code engines} in v1.2. Not retried once
     * the request may have reached the server (an index name is taken once it exists).
     *
     * @return the new index's id
     * @throws UnsupportedOperationException when this implementation cannot create indexes
     */
    default String createIndex(CreateIndexRequest request) {
        throw new UnsupportedOperationException("This connection cannot create indexes; create one in the Playground.");
    }

    /**
     * The v1.3 ingestion endpoints: assets, multipart uploads, indexed assets, videos of an index.
     *
     * @throws UnsupportedOperationException when this API does not offer them: a v1.2 client,
     *     or an implementation that speaks only tasks
     */
    default AssetsApi assets() {
        throw new UnsupportedOperationException("Assets, multipart uploads and indexed assets need API v1.3; "
                + "this connection offers only tasks.");
    }

    /** The rate-limit headers of the most recent answer that carried them. */
    Optional<RateLimit> lastRateLimit();

    @Override
    void close();
}
