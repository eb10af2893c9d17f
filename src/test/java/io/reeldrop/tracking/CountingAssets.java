package io.reeldrop.tracking;

import io.reeldrop.api.Asset;
import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.ChunkPutResult;
import io.reeldrop.api.ChunkReport;
import io.reeldrop.api.ChunkUrl;
import io.reeldrop.api.CompletedChunk;
import io.reeldrop.api.CreateAssetRequest;
import io.reeldrop.api.CreatedIndexedAsset;
import io.reeldrop.api.IncompleteUpload;
import io.reeldrop.api.IndexVideo;
import io.reeldrop.api.IndexedAsset;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.MultipartUpload;
import io.reeldrop.api.Page;
import io.reeldrop.api.UploadProgress;
import io.reeldrop.api.UploadStatus;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The assets surface of a {@link CountingApi}: every call counted into the API's own counters
 * (creating POSTs, GETs of one item, listings, the rest), and the asset-stage and indexed-asset
 * kinds also on their own, so a benchmark can tell following assets from following indexed assets.
 */
final class CountingAssets implements AssetsApi {

    /** {@code GET /assets/{id}} and {@code GET /assets}: following an asset until it is processed. */
    final AtomicLong assetLooks = new AtomicLong();
    final AtomicLong indexedGets = new AtomicLong();
    final AtomicLong indexedLists = new AtomicLong();
    /** Chunk PUTs and multipart session calls (reports, fresh URLs, status). */
    final AtomicLong uploadCalls = new AtomicLong();
    private final CountingApi counts;
    private final AssetsApi delegate;

    CountingAssets(CountingApi counts, AssetsApi delegate) {
        this.counts = counts;
        this.delegate = delegate;
    }

    /** Requests that follow assets and indexed assets: what per-item polling would spend. */
    long monitoring() {
        return assetLooks.get() + indexedGets.get() + indexedLists.get();
    }

    @Override
    public Asset createAsset(CreateAssetRequest request, UploadProgress progress) {
        counts.creates.incrementAndGet();
        return delegate.createAsset(request, progress);
    }

    @Override
    public Asset getAsset(String assetId) {
        counts.gets.incrementAndGet();
        assetLooks.incrementAndGet();
        return delegate.getAsset(assetId);
    }

    @Override
    public Page<Asset> listAssets(AssetQuery query) {
        counts.lists.incrementAndGet();
        assetLooks.incrementAndGet();
        return delegate.listAssets(query);
    }

    @Override
    public void deleteAsset(String assetId) {
        counts.others.incrementAndGet();
        delegate.deleteAsset(assetId);
    }

    @Override
    public MultipartUpload createMultipartUpload(String filename, long totalSize) {
        counts.creates.incrementAndGet();
        return delegate.createMultipartUpload(filename, totalSize);
    }

    @Override
    public ChunkReport reportChunks(String uploadId, List<CompletedChunk> chunks) {
        counted();
        return delegate.reportChunks(uploadId, chunks);
    }

    @Override
    public List<ChunkUrl> presignedUrls(String uploadId, int start, int count) {
        counted();
        return delegate.presignedUrls(uploadId, start, count);
    }

    @Override
    public UploadStatus uploadStatus(String uploadId, int page, int pageLimit) {
        counted();
        return delegate.uploadStatus(uploadId, page, pageLimit);
    }

    @Override
    public Page<IncompleteUpload> listIncompleteUploads(int page, int pageLimit) {
        counted();
        return delegate.listIncompleteUploads(page, pageLimit);
    }

    @Override
    public ChunkPutResult putChunk(ChunkUrl url, FileChannel file, long offset, long length,
                                   Map<String, String> uploadHeaders, UploadProgress progress) {
        counted();
        return delegate.putChunk(url, file, offset, length, uploadHeaders, progress);
    }

    @Override
    public CreatedIndexedAsset createIndexedAsset(String indexId, String assetId, Boolean enableVideoStream) {
        counts.creates.incrementAndGet();
        return delegate.createIndexedAsset(indexId, assetId, enableVideoStream);
    }

    @Override
    public IndexedAsset getIndexedAsset(String indexId, String indexedAssetId) {
        counts.gets.incrementAndGet();
        indexedGets.incrementAndGet();
        return delegate.getIndexedAsset(indexId, indexedAssetId);
    }

    @Override
    public Page<IndexedAsset> listIndexedAssets(String indexId, IndexedAssetQuery query) {
        counts.lists.incrementAndGet();
        indexedLists.incrementAndGet();
        return delegate.listIndexedAssets(indexId, query);
    }

    @Override
    public void updateIndexedAssetMetadata(String indexId, String indexedAssetId, Map<String, ?> userMetadata) {
        counts.others.incrementAndGet();
        delegate.updateIndexedAssetMetadata(indexId, indexedAssetId, userMetadata);
    }

    @Override
    public void deleteIndexedAsset(String indexId, String indexedAssetId) {
        counts.others.incrementAndGet();
        delegate.deleteIndexedAsset(indexId, indexedAssetId);
    }

    @Override
    public Page<IndexVideo> listVideos(String indexId, IndexedAssetQuery query) {
        counts.lists.incrementAndGet();
        return delegate.listVideos(indexId, query);
    }

    @Override
    public IndexVideo getVideo(String indexId, String videoId) {
        counts.gets.incrementAndGet();
        return delegate.getVideo(indexId, videoId);
    }

    @Override
    public void deleteVideo(String indexId, String videoId) {
        counts.others.incrementAndGet();
        delegate.deleteVideo(indexId, videoId);
    }

    private void counted() {
        counts.others.incrementAndGet();
        uploadCalls.incrementAndGet();
    }
}
