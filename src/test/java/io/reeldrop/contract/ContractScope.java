package io.reeldrop.contract;

import io.reeldrop.api.ApiVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which vendor operations belong in the project's contract, per API version: what the client
 * in {@code io.reeldrop.api} and the sandbox send and serve today, plus what the v1.3 ingestion
 * work (assets, multipart uploads, indexed assets, videos) and index creation will use next.
 * Everything those operations {@code $ref} comes along; nothing else of the vendor's file does.
 */
final class ContractScope {

    /** Named in no operation's {@code responses} we keep, yet every error check runs against it. */
    static final List<String> EXTRA_REFS = List.of("#/components/responses/genericError");

    private ContractScope() {
    }

    /** Path template to the methods (lower case, as in OpenAPI) kept for {@code version}. */
    static Map<String, List<String>> operations(ApiVersion version) {
        Map<String, List<String>> ops = new LinkedHashMap<>();
        ops.put("/tasks", List.of("get", "post"));
        ops.put("/tasks/{task_id}", List.of("get", "delete"));
        ops.put("/indexes", List.of("get", "post"));
        ops.put("/indexes/{index-id}", List.of("get", "put", "delete"));
        // Deleting a task's video before the task (v1.2, and the legacy flow of v1.3).
        ops.put("/indexes/{index-id}/videos", List.of("get"));
        ops.put("/indexes/{index-id}/videos/{video-id}", List.of("get", "delete"));
        if (version == ApiVersion.V1_3) {
            ops.put("/indexes/{index-id}/indexed-assets", List.of("get", "post"));
            ops.put("/indexes/{index-id}/indexed-assets/{indexed-asset-id}", List.of("get", "patch", "delete"));
            ops.put("/assets", List.of("get", "post"));
            ops.put("/assets/{asset_id}", List.of("get", "delete"));
            ops.put("/assets/multipart-uploads", List.of("get", "post"));
            ops.put("/assets/multipart-uploads/{upload_id}", List.of("get", "post"));
            ops.put("/assets/multipart-uploads/{upload_id}/presigned-urls", List.of("post"));
        }
        return ops;
    }
}
