package io.reeldrop.tracking;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.Asset;
import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.AssetStatus;
import io.reeldrop.api.AssetsApi;
import io.reeldrop.api.ChunkPutResult;
import io.reeldrop.api.ChunkReport;
import io.reeldrop.api.ChunkState;
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
import io.reeldrop.api.PageInfo;
import io.reeldrop.api.SystemMetadata;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.UploadProgress;
import io.reeldrop.api.UploadSessionStatus;
import io.reeldrop.api.UploadStatus;
import io.reeldrop.media.VideoNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The v1.3 ingestion surface in memory, on the virtual clock, for engine tests that must decide
 * exactly what the platform did with each creating request: made it and answered, made it and
 * lost the answer, or lost it before making anything. Chunk PUTs really read the file's bytes.
 */
final class ScriptedAssets implements AssetsApi {

    /** What the next creating request of a kind does. */
    enum Post { OK, CREATE_BUT_NO_ANSWER, NO_ANSWER_NOTHING_CREATED }

    final Deque<Post> assetScript = new ArrayDeque<>();
    final Deque<Post> sessionScript = new ArrayDeque<>();
    final Deque<Post> indexScript = new ArrayDeque<>();
    final Map<String, Asset> assets = new LinkedHashMap<>();
    final Map<String, Session> sessions = new LinkedHashMap<>();
    final Map<String, IndexedAsset> indexed = new LinkedHashMap<>();
    final AtomicInteger indexCreates = new AtomicInteger();
    final AtomicInteger sessionCreates = new AtomicInteger();
    /** Chunk bytes read from the file by PUTs, over all attempts. */
    final AtomicLong chunkBytes = new AtomicLong();
    /** Runs before each chunk PUT: a test can pause, or crash, the engine at a given chunk. */
    volatile IntConsumer beforeChunk = i -> { };
    long chunkSize = 64 * 1024;
    /** The status a new asset starts in; PROCESSING plays a platform still fetching or processing it. */
    volatile AssetStatus assetStatus = AssetStatus.READY;
    /** The status a new indexed asset starts in; READY plays a platform that indexes at once. */
    volatile TaskStatus indexStatus = TaskStatus.PENDING;
    private final Clock clock;
    private final AtomicInteger ids = new AtomicInteger();

    /** A multipart session: its asset, its chunks' ETags, and whether it is completed. */
    static final class Session {
        final String id;
        final String assetId;
        final long totalSize;
        final int chunks;
        final Map<Integer, String> stored = new LinkedHashMap<>();
        final Map<Integer, String> completed = new LinkedHashMap<>();

        Session(String id, String assetId, long totalSize, int chunks) {
            this.id = id;
            this.assetId = assetId;
            this.totalSize = totalSize;
            this.chunks = chunks;
        }
    }

    ScriptedAssets(Clock clock) {
        this.clock = clock;
    }

    private String nextId() {
        return String.format("%024x", ids.incrementAndGet());
    }

    private static ApiException lost(String what) {
        return new ApiException(ApiException.Kind.OUTCOME_UNKNOWN, what + ": the connection closed without an answer",
                0, null, null, null, what, null);
    }

    private static Post next(Deque<Post> script) {
        synchronized (script) {
            return script.isEmpty() ? Post.OK : script.poll();
        }
    }

    @Override
    public synchronized Asset createAsset(CreateAssetRequest request, UploadProgress progress) {
        Post what = next(assetScript);
        if (what == Post.NO_ANSWER_NOTHING_CREATED) {
            throw lost("POST /assets");
        }
        String name = request.filename() != null ? request.filename() : request.file() != null
                ? request.file().getFileName().toString() : VideoNames.ofUrl(request.url());
        Asset a = new Asset(nextId(), request.file() != null ? "direct" : "url", assetStatus, name, "video/mp4",
                clock.instant(), "{}");
        assets.put(a.id(), a);
        if (what == Post.CREATE_BUT_NO_ANSWER) {
            throw lost("POST /assets");
        }
        return a;
    }

    @Override
    public synchronized Asset getAsset(String assetId) {
        Asset a = assets.get(assetId);
        if (a == null) {
            throw new ApiException(ApiException.Kind.API_ERROR, "no such asset", 404, "resource_not_exist", null, null,
                    "GET /assets/" + assetId, null);
        }
        return a;
    }

    @Override
    public synchronized Page<Asset> listAssets(AssetQuery query) {
        List<Asset> newestFirst = new ArrayList<>(assets.values());
        Collections.reverse(newestFirst);
        return new Page<>(newestFirst, new PageInfo(1, 50, 1, newestFirst.size()));
    }

    @Override
    public synchronized void deleteAsset(String assetId) {
        assets.remove(assetId);
    }

    @Override
    public synchronized MultipartUpload createMultipartUpload(String filename, long totalSize) {
        Post what = next(sessionScript);
        if (what == Post.NO_ANSWER_NOTHING_CREATED) {
            throw lost("POST /assets/multipart-uploads");
        }
        sessionCreates.incrementAndGet();
        int chunks = (int) ((totalSize + chunkSize - 1) / chunkSize);
        Session s = new Session(nextId(), nextId(), totalSize, chunks);
        sessions.put(s.id, s);
        assets.put(s.assetId, new Asset(s.assetId, "direct", AssetStatus.of("waiting"), filename, "video/mp4",
                clock.instant(), "{}"));
        if (what == Post.CREATE_BUT_NO_ANSWER) {
            throw lost("POST /assets/multipart-uploads");
        }
        return new MultipartUpload(s.id, s.assetId, totalSize, chunkSize, chunks, urls(s, 1, Math.min(chunks, 3)),
                Map.of(), clock.instant().plusSeconds(86_400));
    }

    private List<ChunkUrl> urls(Session s, int start, int count) {
        List<ChunkUrl> urls = new ArrayList<>();
        for (int i = start; i < start + count && i <= s.chunks; i++) {
            urls.add(new ChunkUrl(i, URI.create("http://store.invalid/" + s.id + "/" + i), clock.instant()
                    .plusSeconds(3600)));
        }
        return urls;
    }

    @Override
    public synchronized ChunkReport reportChunks(String uploadId, List<CompletedChunk> chunks) {
        Session s = sessions.get(uploadId);
        for (CompletedChunk c : chunks) {
            if (!c.etag().equals(s.stored.get(c.chunkIndex()))) {
                throw new ApiException(ApiException.Kind.API_ERROR, "bad proof for chunk " + c.chunkIndex(), 400,
                        "parameter_invalid", null, null, "POST /assets/multipart-uploads/" + uploadId, null);
            }
            s.completed.put(c.chunkIndex(), c.etag());
        }
        boolean done = s.completed.size() == s.chunks;
        if (done) {
            Asset a = assets.get(s.assetId);
            assets.put(a.id(), new Asset(a.id(), a.method(), AssetStatus.READY, a.filename(), a.fileType(),
                    a.createdAt(), "{}"));
        }
        return new ChunkReport(s.assetId, done ? "https://assets.invalid/" + s.assetId : null, chunks.size(), 0,
                s.completed.size(), "{}");
    }

    @Override
    public synchronized List<ChunkUrl> presignedUrls(String uploadId, int start, int count) {
        return urls(sessions.get(uploadId), start, count);
    }

    @Override
    public synchronized UploadStatus uploadStatus(String uploadId, int page, int pageLimit) {
        Session s = sessions.get(uploadId);
        if (s == null) {
            throw new ApiException(ApiException.Kind.API_ERROR, "no such upload", 404, "resource_not_exist", null,
                    null, "GET /assets/multipart-uploads/" + uploadId, null);
        }
        List<ChunkState> states = new ArrayList<>();
        for (int i = 1; i <= s.chunks; i++) {
            states.add(new ChunkState(i, s.completed.containsKey(i) ? "completed" : "pending", null));
        }
        UploadSessionStatus status = s.completed.size() == s.chunks ? UploadSessionStatus.COMPLETED
                : UploadSessionStatus.of("active");
        return new UploadStatus(uploadId, status, states, s.completed.size(), 0, s.chunks - s.completed.size(),
                new PageInfo(1, states.size(), 1, states.size()), s.totalSize, null, null, null, "{}");
    }

    @Override
    public synchronized Page<IncompleteUpload> listIncompleteUploads(int page, int pageLimit) {
        return new Page<>(List.of(), new PageInfo(1, pageLimit, 1, 0));
    }

    @Override
    public ChunkPutResult putChunk(ChunkUrl url, FileChannel file, long offset, long length,
                                   Map<String, String> uploadHeaders, UploadProgress progress) {
        beforeChunk.accept(url.chunkIndex());
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        try {
            while (buffer.hasRemaining()) {
                if (file.read(buffer, offset + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunkBytes.addAndGet(length);
        progress.bytesSent(length, length);
        String uploadId = url.url().getPath().split("/")[1];
        String etag = "etag-" + url.chunkIndex() + "-" + Arrays.hashCode(buffer.array());
        synchronized (this) {
            sessions.get(uploadId).stored.put(url.chunkIndex(), etag);
        }
        return new ChunkPutResult.Stored(new CompletedChunk(url.chunkIndex(), etag, length));
    }

    @Override
    public synchronized CreatedIndexedAsset createIndexedAsset(String indexId, String assetId,
                                                               Boolean enableVideoStream) {
        Post what = next(indexScript);
        if (what == Post.NO_ANSWER_NOTHING_CREATED) {
            throw lost("POST /indexes/" + indexId + "/indexed-assets");
        }
        indexCreates.incrementAndGet();
        Asset asset = assets.get(assetId);
        IndexedAsset a = new IndexedAsset(nextId(), indexStatus, assetId, clock.instant(), clock.instant(),
                null, new SystemMetadata(asset.filename(), 5.0, 25.0, 640, 360, 1000L), Map.of(), null, "{}");
        indexed.put(a.id(), a);
        if (what == Post.CREATE_BUT_NO_ANSWER) {
            throw lost("POST /indexes/" + indexId + "/indexed-assets");
        }
        return new CreatedIndexedAsset(a.id(), "/indexes/" + indexId + "/indexed-assets/" + a.id());
    }

    /** Moves an indexed asset to a status now, as the platform's own schedule would. */
    synchronized void set(String indexedAssetId, TaskStatus status) {
        IndexedAsset a = indexed.get(indexedAssetId);
        indexed.put(a.id(), new IndexedAsset(a.id(), status, a.assetId(), a.createdAt(), a.updatedAt(), null,
                a.systemMetadata(), a.userMetadata(), null, "{}"));
    }

    @Override
    public synchronized IndexedAsset getIndexedAsset(String indexId, String indexedAssetId) {
        IndexedAsset a = indexed.get(indexedAssetId);
        if (a == null) {
            throw new ApiException(ApiException.Kind.API_ERROR, "no such indexed asset", 404, "resource_not_exist",
                    null, null, "GET indexed asset", null);
        }
        return a;
    }

    @Override
    public synchronized Page<IndexedAsset> listIndexedAssets(String indexId, IndexedAssetQuery query) {
        List<IndexedAsset> hits = new ArrayList<>();
        for (IndexedAsset a : indexed.values()) {
            if ((query.statuses().isEmpty() || query.statuses().contains(a.status()))
                    && (query.createdAt() == null || !a.createdAt().isBefore(query.createdAt()))) {
                hits.add(a);
            }
        }
        return new Page<>(hits, new PageInfo(1, 50, 1, hits.size()));
    }

    @Override
    public synchronized void updateIndexedAssetMetadata(String indexId, String indexedAssetId,
                                                        Map<String, ?> userMetadata) {
        IndexedAsset a = indexed.get(indexedAssetId);
        Map<String, Object> meta = new LinkedHashMap<>(a.userMetadata());
        userMetadata.forEach((k, v) -> {
            if (v == null) {
                meta.remove(k);
            } else {
                meta.put(k, v);
            }
        });
        indexed.put(a.id(), new IndexedAsset(a.id(), a.status(), a.assetId(), a.createdAt(), a.updatedAt(), null,
                a.systemMetadata(), meta, null, "{}"));
    }

    @Override
    public synchronized void deleteIndexedAsset(String indexId, String indexedAssetId) {
        indexed.remove(indexedAssetId);
    }

    @Override
    public Page<IndexVideo> listVideos(String indexId, IndexedAssetQuery query) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public IndexVideo getVideo(String indexId, String videoId) {
        throw new UnsupportedOperationException("not scripted");
    }

    @Override
    public void deleteVideo(String indexId, String videoId) {
        throw new UnsupportedOperationException("not scripted");
    }
}
