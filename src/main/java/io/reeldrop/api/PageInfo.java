package io.reeldrop.api;

/** The {@code page_info} of a list answer; pages count from 1. */
public record PageInfo(int page, int limitPerPage, int totalPage, int totalResults) {

    public boolean hasNext() {
        return page < totalPage;
    }
}
