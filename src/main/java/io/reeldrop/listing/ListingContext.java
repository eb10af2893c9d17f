package io.reeldrop.listing;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a column needs besides the task: the time countdowns count from, index names for ids
 * (the window knows them from the account's index list; the command line does not ask), profile
 * names for profile ids (the saved profiles' names), and how to write times.
 */
public record ListingContext(Instant now, Function<String, String> indexNames, TimeStyle times,
                             Function<String, String> profileNames) {

    public ListingContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(indexNames, "indexNames");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(profileNames, "profileNames");
    }

    /** Profiles named by their ids. */
    public ListingContext(Instant now, Function<String, String> indexNames, TimeStyle times) {
        this(now, indexNames, times, id -> null);
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

    /** The profile's name when known, else its id; empty for a task without one. */
    public String profileName(String profileId) {
        String name = profileId == null ? null : profileNames.apply(profileId);
        return name != null ? name : profileId == null ? "" : profileId;
    }
}
