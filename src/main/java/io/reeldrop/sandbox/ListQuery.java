package io.reeldrop.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.jetty.util.Fields;

/**
 * The query parameters shared by the list endpoints, checked the way the service checks them:
 * {@code page} from 1, {@code page_limit} 1 to 50 (default 10), {@code sort_by}
 * {@code created_at|updated_at}, {@code sort_option} {@code asc|desc}. A bad value is a 400
 * {@code parameter_invalid} that names the parameter and what it accepts.
 */
final class ListQuery {

    static final int MAX_PAGE_LIMIT = 50;

    final Fields query;
    final int page;
    final int limit;
    final String sortBy;
    final boolean ascending;

    ListQuery(Fields query, boolean ascendingByDefault) {
        this.query = query;
        this.page = intParam("page", 1);
        this.limit = intParam("page_limit", 10);
        if (page < 1) {
            throw ApiError.invalid("page must be 1 or more, was " + page + ".");
        }
        if (limit < 1 || limit > MAX_PAGE_LIMIT) {
            throw ApiError.invalid("page_limit must be between 1 and 50, was " + limit + ".");
        }
        this.sortBy = text("sort_by") == null ? "created_at" : text("sort_by");
        if (!sortBy.equals("created_at") && !sortBy.equals("updated_at")) {
            throw ApiError.invalid("sort_by must be created_at or updated_at, was '" + sortBy + "'.");
        }
        String option = text("sort_option");
        if (option != null && !option.equals("asc") && !option.equals("desc")) {
            throw ApiError.invalid("sort_option must be asc or desc, was '" + option + "'.");
        }
        this.ascending = option == null ? ascendingByDefault : option.equals("asc");
    }

    String text(String name) {
        String value = query.getValue(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** All values of a repeatable parameter, also split on commas. */
    List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (String value : query.getValuesOrEmpty(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return values;
    }

    /** All values of a repeatable parameter, also split on commas, as sent (ids are case-sensitive). */
    List<String> rawValues(String name) {
        List<String> values = new ArrayList<>();
        for (String value : query.getValuesOrEmpty(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    Integer intParam(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name + " must be a whole number, was '" + value + "'.");
        }
    }

    private int intParam(String name, int fallback) {
        Integer value = intParam(name);
        return value == null ? fallback : value;
    }

    Double number(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name + " must be a number, was '" + value + "'.");
        }
    }

    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(name + " must be an RFC 3339 date-time such as 2024-08-16T16:53:59Z, was '" + value + "'.");
        }
    }

    /** Sorts by the chosen field and direction (ties by id, so pages never overlap) and cuts one page. */
    <T> List<T> pageOf(List<T> items, Function<T, Instant> createdAt, Function<T, Instant> updatedAt, Function<T, String> id) {
        Comparator<T> order = Comparator.comparing(sortBy.equals("updated_at") ? updatedAt : createdAt).thenComparing(id);
        items.sort(ascending ? order : order.reversed());
        long from = (long) (page - 1) * limit;
        if (from >= items.size()) {
            return List.of();
        }
        return items.subList((int) from, (int) Math.min(items.size(), from + limit));
    }
}
