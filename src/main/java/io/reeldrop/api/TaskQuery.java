package io.reeldrop.api;

import java.time.Instant;
import java.util.List;

/**
 * Filters, sort and pagination of {@code GET /tasks}. Null means "not sent". Build with
 * {@link #all()} and the {@code with...} methods.
 *
 * @param statuses v1.3 only; sent as the {@code status} parameter repeated
 * @param createdAt tasks created at or after this instant
 * @param updatedAt tasks updated at or after this instant
 * @param page from 1
 * @param pageLimit 1 to 50
 */
public record TaskQuery(
        String indexId,
        List<TaskStatus> statuses,
        Instant createdAt,
        Instant updatedAt,
        String filename,
        SortBy sortBy,
        SortOption sortOption,
        Integer page,
        Integer pageLimit) {

    public static final int MAX_PAGE_LIMIT = 50;

    public enum SortBy { CREATED_AT, UPDATED_AT }

    public enum SortOption { ASC, DESC }

    public TaskQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        if (pageLimit != null && (pageLimit < 1 || pageLimit > MAX_PAGE_LIMIT)) {
            throw new IllegalArgumentException("page_limit must be between 1 and 50, was " + pageLimit + ".");
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page counts from 1, was " + page + ".");
        }
    }

    public static TaskQuery all() {
        return new TaskQuery(null, List.of(), null, null, null, null, null, null, null);
    }

    public TaskQuery withIndexId(String v) {
        return new TaskQuery(v, statuses, createdAt, updatedAt, filename, sortBy, sortOption, page, pageLimit);
    }

    public TaskQuery withStatuses(List<TaskStatus> v) {
        return new TaskQuery(indexId, v, createdAt, updatedAt, filename, sortBy, sortOption, page, pageLimit);
    }

    public TaskQuery withCreatedAt(Instant v) {
        return new TaskQuery(indexId, statuses, v, updatedAt, filename, sortBy, sortOption, page, pageLimit);
    }

    public TaskQuery withUpdatedAt(Instant v) {
        return new TaskQuery(indexId, statuses, createdAt, v, filename, sortBy, sortOption, page, pageLimit);
    }

    public TaskQuery withFilename(String v) {
        return new TaskQuery(indexId, statuses, createdAt, updatedAt, v, sortBy, sortOption, page, pageLimit);
    }

    public TaskQuery sortedBy(SortBy by, SortOption option) {
        return new TaskQuery(indexId, statuses, createdAt, updatedAt, filename, by, option, page, pageLimit);
    }

    public TaskQuery withPage(int v) {
        return new TaskQuery(indexId, statuses, createdAt, updatedAt, filename, sortBy, sortOption, v, pageLimit);
    }

    public TaskQuery withPageLimit(int v) {
        return new TaskQuery(indexId, statuses, createdAt, updatedAt, filename, sortBy, sortOption, page, v);
    }
}
