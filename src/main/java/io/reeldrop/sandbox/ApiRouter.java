package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * Which route answers which path and method, per version. v1.2 has no assets, multipart uploads
 * or indexed assets: asked for them, it answers as the service does, {@code api_upgrade_required}.
 */
final class ApiRouter {

    private static final int MAX_JSON_BODY = 1024 * 1024;
    private static final Set<String> V13_ONLY = Set.of("assets", "indexed-assets");

    private final IndexRoutes indexes;
    private final TaskRoutes tasks;
    private final AssetRoutes assets;
    private final MultipartRoutes uploads;
    private final IndexedAssetRoutes indexed;

    ApiRouter(IndexRoutes indexes, TaskRoutes tasks, AssetRoutes assets, MultipartRoutes uploads, IndexedAssetRoutes indexed) {
        this.indexes = indexes;
        this.tasks = tasks;
        this.assets = assets;
        this.uploads = uploads;
        this.indexed = indexed;
    }

    Reply route(Request request, String version, String path) throws IOException {
        if (version == null) {
            throw new ApiError(404, "resource_not_exist", "The sandbox serves /v1.2/... and /v1.3/..., not " + path + ".");
        }
        String[] parts = path.substring(6).replaceAll("/+$", "").split("/");
        String method = request.getMethod();
        if ("1.2".equals(version) && (V13_ONLY.contains(parts[0]) || parts.length > 2 && V13_ONLY.contains(parts[2]))) {
            throw new ApiError(400, "api_upgrade_required", "This endpoint is supported starting with version v1.3. Your version is v1.2."
                    + " Use " + path.replaceFirst("^/v1\\.2", "/v1.3") + ".");
        }
        Fields query = Request.extractQueryParameters(request);
        return switch (parts[0]) {
            case "indexes" -> indexRoute(request, version, path, parts, method, query);
            case "tasks" -> taskRoute(request, version, path, parts, method, query);
            case "assets" -> assetRoute(request, path, parts, method, query);
            default -> throw unknown(method, path);
        };
    }

    private Reply indexRoute(Request request, String version, String path, String[] parts, String method, Fields query)
            throws IOException {
        if (parts.length == 1) {
            return switch (method) {
                case "GET" -> indexes.list(version, query);
                case "POST" -> indexes.create(version, jsonBody(request));
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "POST");
            };
        }
        if (parts.length == 2) {
            return switch (method) {
                case "GET" -> indexes.get(version, parts[1]);
                case "PUT" -> indexes.rename(jsonBody(request), parts[1]);
                case "DELETE" -> indexes.delete(parts[1]);
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "PUT", "DELETE");
            };
        }
        boolean videos = parts[2].equals("videos");
        if (!videos && !parts[2].equals("indexed-assets") || parts.length > 4) {
            throw unknown(method, path);
        }
        if (parts.length == 3) {
            return switch (method) {
                case "GET" -> indexed.list(version, parts[1], query, videos);
                case "POST" -> {
                    if (videos) {
                        throw ApiError.methodNotAllowed(method, path, "GET");
                    }
                    yield indexed.create(parts[1], jsonBody(request));
                }
                default -> throw videos ? ApiError.methodNotAllowed(method, path, "GET") : ApiError.methodNotAllowed(method, path, "GET", "POST");
            };
        }
        return switch (method) {
            case "GET" -> indexed.get(version, parts[1], parts[3], videos);
            case "PATCH" -> {
                if ("1.2".equals(version)) {
                    throw ApiError.methodNotAllowed(method, path, "GET", "DELETE");
                }
                yield indexed.patch(parts[1], parts[3], jsonBody(request));
            }
            case "DELETE" -> indexed.delete(parts[1], parts[3]);
            default -> throw ApiError.methodNotAllowed(method, path, "GET", "PATCH", "DELETE");
        };
    }

    private Reply taskRoute(Request request, String version, String path, String[] parts, String method, Fields query) {
        if (parts.length == 1) {
            return switch (method) {
                case "GET" -> tasks.list(version, query);
                case "POST" -> tasks.create(version, request);
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "POST");
            };
        }
        if (parts.length == 2) {
            return switch (method) {
                case "GET" -> tasks.get(version, parts[1]);
                case "DELETE" -> tasks.delete(parts[1]);
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "DELETE");
            };
        }
        throw unknown(method, path);
    }

    private Reply assetRoute(Request request, String path, String[] parts, String method, Fields query) throws IOException {
        if (parts.length == 1) {
            return switch (method) {
                case "GET" -> assets.list(query);
                case "POST" -> assets.create(request);
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "POST");
            };
        }
        if (parts[1].equals("multipart-uploads")) {
            return uploadRoute(request, path, parts, method, query);
        }
        if (parts.length == 2) {
            return switch (method) {
                case "GET" -> assets.get(parts[1]);
                case "DELETE" -> assets.delete(parts[1], query);
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "DELETE");
            };
        }
        throw unknown(method, path);
    }

    private Reply uploadRoute(Request request, String path, String[] parts, String method, Fields query) throws IOException {
        if (parts.length == 2) {
            return switch (method) {
                case "GET" -> uploads.listIncomplete(query);
                case "POST" -> uploads.create(jsonBody(request));
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "POST");
            };
        }
        if (parts.length == 3) {
            return switch (method) {
                case "GET" -> uploads.status(parts[2], query);
                case "POST" -> uploads.report(parts[2], jsonBody(request));
                default -> throw ApiError.methodNotAllowed(method, path, "GET", "POST");
            };
        }
        if (parts.length == 4 && parts[3].equals("presigned-urls")) {
            if (!method.equals("POST")) {
                throw ApiError.methodNotAllowed(method, path, "POST");
            }
            return uploads.freshUrls(parts[2], jsonBody(request));
        }
        throw unknown(method, path);
    }

    private static ApiError unknown(String method, String path) {
        return new ApiError(404, "resource_not_exist", "The sandbox has no endpoint " + method + " " + path
                + ". It serves /indexes, /tasks, /assets, /assets/multipart-uploads and /indexes/{id}/indexed-assets (see sandbox.md).");
    }

    static byte[] jsonBody(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_JSON_BODY + 1);
            if (body.length > MAX_JSON_BODY) {
                throw ApiError.invalid("The JSON body is larger than 1 MB.");
            }
            return body;
        }
    }
}
