package io.reeldrop.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@link AssetsApi} over the calls of a {@link TwelveLabsClient}: the same pool, deadlines,
 * retries and key rules. Chunk PUTs go through {@link ChunkTransfer}, without the key.
 */
final class AssetsClient implements AssetsApi {

    /** The documented ceiling of a multipart upload. */
    static final long MAX_MULTIPART_BYTES = 4L * 1024 * 1024 * 1024;
    static final int MAX_ID_LENGTH = 128;
    /** Spaces and what a terminal or a log would act on; '/', '?' and the like are escaped in the path. */
    private static final Pattern NOT_IN_AN_ID = Pattern.compile("[\\s\\p{Cc}\\p{Cf}]");

    private final CallExecutor calls;
    private final RequestFactory requests;
    private final AssetRequests assets;
    private final ChunkTransfer chunks;

    AssetsClient(CallExecutor calls, RequestFactory requests, AssetRequests assets, ChunkTransfer chunks) {
        this.calls = calls;
        this.requests = requests;
        this.assets = assets;
        this.chunks = chunks;
    }

    @Override
    public Asset createAsset(CreateAssetRequest request, UploadProgress progress) {
        Objects.requireNonNull(request, "request");
        UploadProgress listener = progress == null ? UploadProgress.NONE : progress;
        if (request.file() != null) {
            checkDirectUpload(request.file());
        }
        return calls.run(() -> assets.createAsset(request, listener), Creates.ASSET,
                answer -> AssetAnswers.asset(BodyDescription.object(answer), answer.text(), "the asset"));
    }

    /** Refused while nothing is sent: once the POST is on the wire, a failure would be "outcome unknown". */
    private static void checkDirectUpload(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read the file " + file
                    + ": check that it exists and that ReelDrop may read it.");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is a folder, not a file: choose the file itself.");
        }
        long size = size(file);
        if (size > CreateAssetRequest.MAX_DIRECT_BYTES) {
            // The limit is 200,000,000 bytes (decimal, as the service counts), so say sizes that way too.
            throw new IllegalArgumentException(file.getFileName() + " is " + String.format(Locale.ROOT, "%.1f",
                    size / 1e6) + " MB; a direct upload takes at most 200 MB. Upload it in chunks (multipart upload)"
                    + " instead.");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Asset getAsset(String assetId) {
        requireId(assetId, "asset");
        return calls.run(() -> requests.get(List.of(), "assets", assetId), Creates.NOTHING,
                answer -> AssetAnswers.asset(BodyDescription.object(answer), answer.text(), "the asset"));
    }

    @Override
    public Page<Asset> listAssets(AssetQuery query) {
        Objects.requireNonNull(query, "query");
        return calls.run(() -> requests.get(AssetRequests.assetQuery(query), "assets"), Creates.NOTHING,
                answer -> AnswerReader.page(BodyDescription.object(answer), "asset", AssetAnswers::asset));
    }

    @Override
    public void deleteAsset(String assetId) {
        requireId(assetId, "asset");
        calls.run(() -> requests.delete("assets", assetId), Creates.NOTHING, answer -> null);
    }

    @Override
    public MultipartUpload createMultipartUpload(String filename, long totalSize) {
        if (filename == null || filename.isBlank() || filename.length() > 255) {
            throw new IllegalArgumentException("An upload's file name must be 1 to 255 characters long.");
        }
        if (totalSize < 1 || totalSize > MAX_MULTIPART_BYTES) {
            throw new IllegalArgumentException("A multipart upload takes 1 byte to 4 GB; this file has " + totalSize
                    + " bytes.");
        }
        return calls.run(() -> assets.createUpload(filename, totalSize), Creates.UPLOAD_SESSION,
                answer -> AssetAnswers.multipartUpload(BodyDescription.object(answer), totalSize));
    }

    @Override
    public ChunkReport reportChunks(String uploadId, List<CompletedChunk> completed) {
        requireId(uploadId, "upload");
        if (completed == null || completed.isEmpty() || completed.size() > 50) {
            throw new IllegalArgumentException("Report 1 to 50 chunks at a time, not "
                    + (completed == null ? 0 : completed.size()) + ".");
        }
        List<CompletedChunk> copy = List.copyOf(completed);
        return calls.run(() -> assets.reportChunks(uploadId, copy), Creates.NOTHING,
                answer -> AssetAnswers.chunkReport(BodyDescription.object(answer), answer.text()));
    }

    @Override
    public List<ChunkUrl> presignedUrls(String uploadId, int start, int count) {
        requireId(uploadId, "upload");
        if (start < 1 || count < 1 || count > 50) {
            throw new IllegalArgumentException("Ask for 1 to 50 URLs from chunk 1 on; got start " + start
                    + ", count " + count + ".");
        }
        return calls.run(() -> assets.presignedUrls(uploadId, start, count), Creates.NOTHING,
                answer -> AssetAnswers.chunkUrls(BodyDescription.object(answer), 0, "the answer with fresh URLs"));
    }

    @Override
    public UploadStatus uploadStatus(String uploadId, int page, int pageLimit) {
        requireId(uploadId, "upload");
        Paging.check(page, pageLimit);
        return calls.run(() -> requests.get(RequestFactory.pageQuery(page, pageLimit), "assets", "multipart-uploads",
                        uploadId), Creates.NOTHING,
                answer -> AssetAnswers.uploadStatus(BodyDescription.object(answer), answer.text()));
    }

    @Override
    public Page<IncompleteUpload> listIncompleteUploads(int page, int pageLimit) {
        Paging.check(page, pageLimit);
        return calls.run(() -> requests.get(RequestFactory.pageQuery(page, pageLimit), "assets", "multipart-uploads"),
                Creates.NOTHING, answer -> AnswerReader.page(BodyDescription.object(answer), "upload",
                        AssetAnswers::incompleteUpload));
    }

    @Override
    public ChunkPutResult putChunk(ChunkUrl url, FileChannel file, long offset, long length,
                                   Map<String, String> uploadHeaders, UploadProgress progress) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        if (length < 1) {
            throw new IllegalArgumentException("A chunk has at least one byte.");
        }
        return chunks.put(url, file, offset, length, uploadHeaders == null ? Map.of() : uploadHeaders,
                progress == null ? UploadProgress.NONE : progress);
    }

    @Override
    public CreatedIndexedAsset createIndexedAsset(String indexId, String assetId, Boolean enableVideoStream) {
        requireId(indexId, "index");
        requireId(assetId, "asset");
        return calls.run(() -> assets.createIndexedAsset(indexId, assetId, enableVideoStream), Creates.INDEXED_ASSET,
                answer -> AssetAnswers.createdIndexedAsset(BodyDescription.object(answer), answer.header("Location")));
    }

    @Override
    public IndexedAsset getIndexedAsset(String indexId, String indexedAssetId) {
        requireId(indexId, "index");
        requireId(indexedAssetId, "indexed asset");
        return calls.run(() -> requests.get(List.of(), "indexes", indexId, "indexed-assets", indexedAssetId),
                Creates.NOTHING, answer -> AssetAnswers.indexedAsset(BodyDescription.object(answer), answer.text(),
                        "the indexed asset"));
    }

    @Override
    public Page<IndexedAsset> listIndexedAssets(String indexId, IndexedAssetQuery query) {
        requireId(indexId, "index");
        Objects.requireNonNull(query, "query");
        return calls.run(() -> requests.get(AssetRequests.indexedAssetQuery(query), "indexes", indexId, "indexed-assets"),
                Creates.NOTHING, answer -> AnswerReader.page(BodyDescription.object(answer), "indexed asset",
                        AssetAnswers::indexedAsset));
    }

    @Override
    public void updateIndexedAssetMetadata(String indexId, String indexedAssetId, Map<String, ?> userMetadata) {
        requireId(indexId, "index");
        requireId(indexedAssetId, "indexed asset");
        if (userMetadata == null || userMetadata.isEmpty()) {
            throw new IllegalArgumentException("Give at least one user-metadata key to set or (with null) delete.");
        }
        // Built once before sending, so a bad value is refused before anything goes out.
        assets.patchUserMetadata(indexId, indexedAssetId, userMetadata);
        calls.run(() -> assets.patchUserMetadata(indexId, indexedAssetId, userMetadata), Creates.NOTHING, answer -> null);
    }

    @Override
    public void deleteIndexedAsset(String indexId, String indexedAssetId) {
        requireId(indexId, "index");
        requireId(indexedAssetId, "indexed asset");
        calls.run(() -> requests.delete("indexes", indexId, "indexed-assets", indexedAssetId), Creates.NOTHING,
                answer -> null);
    }

    @Override
    public Page<IndexVideo> listVideos(String indexId, IndexedAssetQuery query) {
        requireId(indexId, "index");
        Objects.requireNonNull(query, "query");
        if (!query.statuses().isEmpty()) {
            throw new IllegalArgumentException("The videos of an index cannot be filtered by status; "
                    + "list the indexed assets for that.");
        }
        return calls.run(() -> requests.get(AssetRequests.indexedAssetQuery(query), "indexes", indexId, "videos"),
                Creates.NOTHING, answer -> AnswerReader.page(BodyDescription.object(answer), "video",
                        AssetAnswers::indexVideo));
    }

    @Override
    public IndexVideo getVideo(String indexId, String videoId) {
        requireId(indexId, "index");
        requireId(videoId, "video");
        return calls.run(() -> requests.get(List.of(), "indexes", indexId, "videos", videoId), Creates.NOTHING,
                answer -> AssetAnswers.indexVideo(BodyDescription.object(answer), answer.text(), "the video"));
    }

    @Override
    public void deleteVideo(String indexId, String videoId) {
        requireId(indexId, "index");
        requireId(videoId, "video");
        calls.run(() -> requests.delete("indexes", indexId, "videos", videoId), Creates.NOTHING, answer -> null);
    }

    /**
     * An id goes into the URL path as one escaped segment, but "." and ".." would still walk the
     * path, and spaces or control characters are no id's: such ids are refused before anything
     * is sent.
     */
    static boolean isUsableId(String id) {
        return !id.equals(".") && !id.equals("..") && !NOT_IN_AN_ID.matcher(id).find();
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The " + what + " ID is empty.");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("The " + what + " ID is " + id.length() + " characters long; IDs of the"
                    + " API are short (24 characters), so this is not one. Copy the ID again.");
        }
        if (!isUsableId(id)) {
            throw new IllegalArgumentException("The " + what + " ID \"" + Printable.cut(id, 60) + "\" is not an ID: it"
                    + " may not be \".\" or \"..\" nor hold spaces or control characters."
                    + " Copy the ID again.");
        }
    }
}
