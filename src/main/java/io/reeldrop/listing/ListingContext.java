package io.reeldrop.listing;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a column needs besides the task: the time countdowns count from, index names for ids
 * (the window knows them from the account's index list; the command line does not ask), and
 * how to write times.
 */
public record ListingContext(Instant now, Function<String, String> indexNames, TimeStyle times) {

    public ListingContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(indexNames, "indexNames");
        Objects.requireNonNull(times, "times");
    }

    /** Ids as they are, times in {@code times}. */
    public static ListingContext of(Instant now, TimeStyle times) {
        return new ListingContext(now, id -> null, times);
    }

    /** The index's name when known, else its id. */
    public String indexName(String indexId) {
        String name = indexId == null ? null : indexNames.apply(indexId);
        return name != null ? name : indexId == null ? "" : indexId;
    }
}
