package io.reeldrop.api;

import java.util.List;

/** One page of a list answer. */
public record Page<T>(List<T> data, PageInfo pageInfo) {

    public Page {
        data = List.copyOf(data);
    }
}
