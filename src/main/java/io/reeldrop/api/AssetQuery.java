package io.reeldrop.api;

import java.util.List;

/**
 * Filters and pagination of {@code GET /assets}. Empty lists and nulls are not sent.
 *
 * @param assetTypes {@code image}, {@code video} or {@code audio}
 * @param page from 1
 * @param pageLimit 1 to 50
 */
public record AssetQuery(List<String> assetIds, List<String> assetTypes, Integer page, Integer pageLimit) {

    public AssetQuery {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
        assetTypes = assetTypes == null ? List.of() : List.copyOf(assetTypes);
        Paging.check(page, pageLimit);
    }

    public static AssetQuery all() {
        return new AssetQuery(List.of(), List.of(), null, null);
    }

    public AssetQuery withAssetIds(List<String> ids) {
        return new AssetQuery(ids, assetTypes, page, pageLimit);
    }

    public AssetQuery withAssetTypes(List<String> types) {
        return new AssetQuery(assetIds, types, page, pageLimit);
    }

    public AssetQuery withPage(int p) {
        return new AssetQuery(assetIds, assetTypes, p, pageLimit);
    }

    public AssetQuery withPageLimit(int limit) {
        return new AssetQuery(assetIds, assetTypes, page, limit);
    }
}
