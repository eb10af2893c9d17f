package io.reeldrop.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Filters, sort and pagination of {@code GET /indexes/{id}/indexed-assets} (and of
 * {@code GET /indexes/{id}/videos}, which takes the same ones except {@code status}). Null and
 * empty mean "not sent". Build with {@link #builder()}.
 *
 * <p>User-metadata filters are sent as the spec describes its exploded {@code user_metadata}
 * object: one query parameter per key ({@code ?category=recentlyAdded}). A key that is also the
 * name of a documented parameter could not be told apart, so it is refused.
 *
 * @param createdAt items created at or after this instant
 * @param updatedAt items updated at or after this instant
 * @param userMetadata key to String, Number or Boolean, in the order given
 */
public record IndexedAssetQuery(
        List<TaskStatus> statuses,
        String filename,
        Double duration,
        Double fps,
        Integer width,
        Integer height,
        Long size,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Object> userMetadata,
        TaskQuery.SortBy sortBy,
        TaskQuery.SortOption sortOption,
        Integer page,
        Integer pageLimit) {

    /** The list's own parameters: a user-metadata key with one of these names would be misread. */
    static final Set<String> RESERVED = Set.of("page", "page_limit", "sort_by", "sort_option", "status", "filename",
            "duration", "fps", "width", "height", "size", "created_at", "updated_at", "user_metadata");

    public IndexedAssetQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (userMetadata != null) {
            userMetadata.forEach((k, v) -> meta.put(checkedKey(k), checkedValue(k, v)));
        }
        userMetadata = Collections.unmodifiableMap(meta);
        Paging.check(page, pageLimit);
    }

    public static IndexedAssetQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public IndexedAssetQuery withPage(int p) {
        return toBuilder().page(p).build();
    }

    public IndexedAssetQuery withPageLimit(int limit) {
        return toBuilder().pageLimit(limit).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.statuses.addAll(statuses);
        b.userMetadata.putAll(userMetadata);
        b.filename = filename;
        b.duration = duration;
        b.fps = fps;
        b.width = width;
        b.height = height;
        b.size = size;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.sortBy = sortBy;
        b.sortOption = sortOption;
        b.page = page;
        b.pageLimit = pageLimit;
        return b;
    }

    private static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A user-metadata filter needs a key.");
        }
        if (RESERVED.contains(key)) {
            throw new IllegalArgumentException("The user-metadata key \"" + key + "\" has the name of one of the list's "
                    + "own parameters, so the API could not tell the two apart; filter on it after listing instead.");
        }
        return key;
    }

    private static Object checkedValue(String key, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException("The user-metadata filter \"" + key
                    + "\" must be text, a number or true/false, was " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return value;
    }

    /** Collects the filters; {@link #build()} checks them. */
    public static final class Builder {
        private final List<TaskStatus> statuses = new ArrayList<>();
        private final Map<String, Object> userMetadata = new LinkedHashMap<>();
        private String filename;
        private Double duration;
        private Double fps;
        private Integer width;
        private Integer height;
        private Long size;
        private Instant createdAt;
        private Instant updatedAt;
        private TaskQuery.SortBy sortBy;
        private TaskQuery.SortOption sortOption;
        private Integer page;
        private Integer pageLimit;

        private Builder() {
        }

        /** Adds one status; several are sent as the parameter repeated. */
        public Builder status(TaskStatus s) {
            statuses.add(Objects.requireNonNull(s, "status"));
            return this;
        }

        public Builder filename(String v) {
            filename = v;
            return this;
        }

        public Builder duration(Double seconds) {
            duration = seconds;
            return this;
        }

        public Builder fps(Double v) {
            fps = v;
            return this;
        }

        public Builder width(Integer v) {
            width = v;
            return this;
        }

        public Builder height(Integer v) {
            height = v;
            return this;
        }

        public Builder size(Long bytes) {
            size = bytes;
            return this;
        }

        public Builder createdAt(Instant v) {
            createdAt = v;
            return this;
        }

        public Builder updatedAt(Instant v) {
            updatedAt = v;
            return this;
        }

        public Builder userMetadata(String key, Object value) {
            userMetadata.put(key, value);
            return this;
        }

        public Builder sortedBy(TaskQuery.SortBy by, TaskQuery.SortOption option) {
            sortBy = by;
            sortOption = option;
            return this;
        }

        public Builder page(Integer v) {
            page = v;
            return this;
        }

        public Builder pageLimit(Integer v) {
            pageLimit = v;
            return this;
        }

        public IndexedAssetQuery build() {
            return new IndexedAssetQuery(statuses, filename, duration, fps, width, height, size, createdAt, updatedAt,
                    userMetadata, sortBy, sortOption, page, pageLimit);
        }
    }
}
