package io.reeldrop.api;

/** The page and page_limit rule every list of the API shares: pages from 1, 1 to 50 items. */
final class Paging {

    private Paging() {
    }

    /** Nulls mean "not sent" and pass. */
    static void check(Integer page, Integer pageLimit) {
        if (pageLimit != null && (pageLimit < 1 || pageLimit > TaskQuery.MAX_PAGE_LIMIT)) {
            throw new IllegalArgumentException("page_limit must be between 1 and 50, was " + pageLimit + ".");
        }
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page counts from 1, was " + page + ".");
        }
    }
}
