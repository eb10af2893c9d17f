package io.reeldrop.api;

import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Map;

/**
 * The v1.3 ingestion surface: assets, multipart uploads with their presigned chunk URLs, indexed
 * assets, and the videos of an index. Obtained from {@link TwelveLabsApi#assets()}. Every method
 * either returns the parsed answer or throws {@link ApiException} with a sentence for a person.
 *
 * <p>The three calls that create something, {@link #createAsset}, {@link #createMultipartUpload}
 * and {@link #createIndexedAsset}, are never sent twice once they may have reached the server:
 * then they throw {@link ApiException.Kind#OUTCOME_UNKNOWN} and the caller reconciles by listing.
 * Reporting chunks, asking for fresh URLs and chunk PUTs are safe to repeat and are retried.
 */
public interface AssetsApi {

    /**
     * {@code POST /assets}: {@code method=url} with the URL, or {@code method=direct} with the
     * file streamed from disk (at most {@link CreateAssetRequest#MAX_DIRECT_BYTES}).
     *
     * @param progress told of the bytes sent when a file is uploaded
     */
    Asset createAsset(CreateAssetRequest request, UploadProgress progress);

    default Asset createAsset(CreateAssetRequest request) {
        return createAsset(request, UploadProgress.NONE);
    }

    Asset getAsset(String assetId);

    Page<Asset> listAssets(AssetQuery query);

    void deleteAsset(String assetId);

    /** {@code POST /assets/multipart-uploads} for a video of {@code totalSize} bytes (4 GB at most). */
    MultipartUpload createMultipartUpload(String filename, long totalSize);

    /** {@code POST /assets/multipart-uploads/{id}}: 1 to 50 chunks with their ETags. */
    ChunkReport reportChunks(String uploadId, List<CompletedChunk> chunks);

    /** {@code POST .../presigned-urls}: fresh URLs for {@code count} (1 to 50) chunks from {@code start}. */
    List<ChunkUrl> presignedUrls(String uploadId, int start, int count);

    /** {@code GET /assets/multipart-uploads/{id}}: the session and one page of its chunks. */
    UploadStatus uploadStatus(String uploadId, int page, int pageLimit);

    /** {@code GET /assets/multipart-uploads}: sessions not yet completed. */
    Page<IncompleteUpload> listIncompleteUploads(int page, int pageLimit);

    /**
     * PUTs {@code length} bytes of {@code file} from {@code offset} to a presigned URL, read
     * straight from the channel (no copy of the chunk is made). The API key is never sent there.
     * Network trouble and 5xx answers are retried within the call deadline; a refused URL is
     * {@link ChunkPutResult.UrlRefused}, not an exception.
     *
     * @param uploadHeaders the session's {@code upload_headers}, sent with the chunk
     * @param progress told of this chunk's bytes sent, per attempt
     */
    ChunkPutResult putChunk(ChunkUrl url, FileChannel file, long offset, long length,
                            Map<String, String> uploadHeaders, UploadProgress progress);

    /** {@code POST /indexes/{id}/indexed-assets}; {@code enableVideoStream} null leaves the API default. */
    CreatedIndexedAsset createIndexedAsset(String indexId, String assetId, Boolean enableVideoStream);

    IndexedAsset getIndexedAsset(String indexId, String indexedAssetId);

    Page<IndexedAsset> listIndexedAssets(String indexId, IndexedAssetQuery query);

    /**
     * {@code PATCH} of {@code user_metadata}: the keys given are set, a key mapped to null is
     * deleted, others are left as they are. Values are String, Number, Boolean or null.
     */
    void updateIndexedAssetMetadata(String indexId, String indexedAssetId, Map<String, ?> userMetadata);

    void deleteIndexedAsset(String indexId, String indexedAssetId);

    /** {@code GET /indexes/{id}/videos}; the query's statuses must be empty (this list has no such filter). */
    Page<IndexVideo> listVideos(String indexId, IndexedAssetQuery query);

    IndexVideo getVideo(String indexId, String videoId);

    /** {@code DELETE /indexes/{id}/videos/{video_id}}: for a ready task, needed before its task is deleted. */
    void deleteVideo(String indexId, String videoId);
}
