package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.media.VideoNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * {@code /assets} and {@code /assets/{id}}: create ({@code method=direct} with a {@code file}
 * part, or {@code method=url}), list (newest first, {@code asset_ids}, {@code asset_types},
 * {@code filename}, paging), read, and delete (refused while an indexed asset was made from it,
 * unless {@code force=true}, as the vendor's SDK documents).
 */
final class AssetRoutes {

    /** The spec's fields, and the newer ones the vendor's SDKs send ({@code enable_hls}, ...). */
    private static final Set<String> FIELDS = Set.of("method", "file", "url", "filename",
            "enable_hls", "enable_thumbnail", "user_metadata");
    private static final Set<String> TYPES = Set.of("image", "video", "audio");

    private final SandboxStore store;
    private final SandboxConfig config;
    private final AssetLifecycle lifecycle;
    private final Path assetsDir;

    AssetRoutes(SandboxStore store, SandboxConfig config, AssetLifecycle lifecycle, Path assetsDir) {
        this.store = store;
        this.config = config;
        this.lifecycle = lifecycle;
        this.assetsDir = assetsDir;
    }

    Reply create(Request request) {
        String id = store.newId();
        TaskForm form = TaskForm.read(request, "POST /assets", FIELDS, "file", assetsDir, config.assets().directBytes(), id);
        try {
            SandboxAsset asset = newAsset(id, form);
            synchronized (store.lock()) {
                store.assets().put(asset.id, asset);
            }
            store.save();
            lifecycle.start(asset.id);
            return new Reply(201, AssetViews.asset(asset));
        } catch (ApiError refused) {
            form.discard();
            throw refused;
        }
    }

    private SandboxAsset newAsset(String id, TaskForm form) {
        String method = form.get("method");
        if (method == null) {
            throw ApiError.notProvided("method");
        }
        if (!method.equals("direct") && !method.equals("url")) {
            throw ApiError.invalid("method must be 'direct' (with a file part) or 'url' (with a url field), was '" + method + "'.");
        }
        String url = form.get("url");
        if (method.equals("direct") && (form.videoFile == null || url != null)) {
            throw form.videoFile == null ? ApiError.notProvided("file") : ApiError.invalid("method=direct takes a file part, not a url.");
        }
        if (method.equals("url") && (url == null || form.videoFile != null)) {
            throw url == null ? ApiError.notProvided("url") : ApiError.invalid("method=url takes a url field, not a file part.");
        }
        String filename = form.get("filename");
        if (filename != null && filename.length() > 255) {
            throw ApiError.invalid("filename must have 1 to 255 characters.");
        }
        Instant now = TaskLifecycle.now();
        SandboxAsset asset = new SandboxAsset();
        asset.id = id;
        asset.method = method;
        asset.status = AssetState.PROCESSING;
        asset.createdAt = now;
        asset.updatedAt = now;
        if (method.equals("url")) {
            URI parsed = parseUrl(url);
            asset.sourceUrl = parsed.toString();
            asset.filename = filename != null ? filename : VideoNames.ofUrl(parsed);
            asset.fileType = mimeTypeOf(asset.filename, null);
        } else {
            asset.path = form.videoFile.toString();
            asset.sizeBytes = form.videoFileSize;
            asset.filename = filename != null ? filename : form.videoFileName;
            asset.fileType = mimeTypeOf(asset.filename, form.videoFileType);
        }
        return asset;
    }

    Reply list(Fields query) {
        ListQuery list = new ListQuery(query, false);
        List<String> ids = list.rawValues("asset_ids");
        List<String> types = list.values("asset_types");
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw ApiError.invalid("asset_types must be image, video or audio; '" + type + "' is not one.");
            }
        }
        String filename = list.text("filename");
        synchronized (store.lock()) {
            List<SandboxAsset> matching = new ArrayList<>();
            for (SandboxAsset asset : store.assets().values()) {
                if (asset.uploadId == null
                        && (ids.isEmpty() || ids.contains(asset.id))
                        && (types.isEmpty() || types.contains(asset.fileType.split("/")[0]))
                        && (filename == null || asset.filename.toLowerCase(Locale.ROOT).contains(filename.toLowerCase(Locale.ROOT)))) {
                    matching.add(asset);
                }
            }
            List<ObjectNode> page = new ArrayList<>();
            for (SandboxAsset asset : list.pageOf(matching, a -> a.createdAt, a -> a.updatedAt, a -> a.id)) {
                page.add(AssetViews.asset(asset));
            }
            return Reply.ok(JsonViews.page(page, list.page, list.limit, matching.size()));
        }
    }

    Reply get(String id) {
        synchronized (store.lock()) {
            return Reply.ok(AssetViews.asset(existing(id)));
        }
    }

    Reply delete(String id, Fields query) {
        boolean force = "true".equalsIgnoreCase(query.getValue("force"));
        Path file;
        synchronized (store.lock()) {
            SandboxAsset asset = existing(id);
            long users = store.indexedAssets().values().stream().filter(i -> id.equals(i.assetId)).count();
            if (users > 0 && !force) {
                throw new ApiError(409, "asset_in_use", "The asset is indexed in " + users + " indexed asset(s). Delete those first"
                        + " (DELETE /indexes/{index-id}/indexed-assets/{id}), or pass force=true to delete the asset anyway.");
            }
            store.assets().remove(id);
            if (asset.uploadId != null) {
                store.uploads().remove(asset.uploadId);
            }
            file = asset.path != null ? Path.of(asset.path) : lifecycle.fileOf(id);
        }
        AssetLifecycle.deleteQuietly(file);
        store.save();
        return Reply.noContent();
    }

    /** An asset still being uploaded in parts is reserved, not yet available (as the spec says of its id). */
    private SandboxAsset existing(String id) {
        SandboxAsset asset = store.assets().get(id);
        if (asset == null || asset.uploadId != null) {
            throw ApiError.notFound("asset", id);
        }
        return asset;
    }

    static String mimeTypeOf(String filename, String declared) {
        if (declared != null && !declared.isBlank() && !declared.startsWith("application/octet-stream")) {
            return declared.split(";")[0].trim();
        }
        String guessed = filename == null ? null : URLConnection.getFileNameMap().getContentTypeFor(filename);
        if (guessed == null && filename != null && filename.toLowerCase(Locale.ROOT).matches(".*\\.(mkv|webm|mov|avi|m4v)$")) {
            guessed = "video/" + filename.substring(filename.lastIndexOf(".") + 1).toLowerCase(Locale.ROOT);
        }
        return guessed != null ? guessed : "video/mp4";
    }

    private static URI parseUrl(String url) {
        try {
            URI parsed = new URI(url);
            VideoDownloader.requireHttp(parsed);
            return parsed;
        } catch (URISyntaxException e) {
            throw ApiError.invalid("url is not a valid URL: " + e.getMessage());
        } catch (TaskFailure e) {
            throw ApiError.invalid(e.getMessage().replace("video_url", "url"));
        }
    }

}
