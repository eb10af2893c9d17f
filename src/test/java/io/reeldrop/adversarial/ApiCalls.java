package io.reeldrop.adversarial;

import io.reeldrop.api.AssetQuery;
import io.reeldrop.api.ChunkUrl;
import io.reeldrop.api.CompletedChunk;
import io.reeldrop.api.CreateAssetRequest;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.TaskQuery;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.api.UploadProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Every call ReelDrop makes to the API (and to a presigned chunk URL), each with the request
 * line its sentences start with and what kind of call it is, so a table can attack them all.
 */
enum ApiCalls {

    CREATE_TASK_URL(Family.CREATE, "POST /v1.3/tasks",
            (c, s) -> c.createTask(CreateTaskRequest.fromUrl(Ids.INDEX, URI.create("https://cdn.example.com/v.mp4")))),
    CREATE_TASK_FILE(Family.CREATE, "POST /v1.3/tasks",
            (c, s) -> c.createTask(CreateTaskRequest.fromFile(Ids.INDEX, Ids.smallFile()))),
    GET_TASK(Family.READ, "GET /v1.3/tasks/" + Ids.TASK, (c, s) -> c.getTask(Ids.TASK)),
    LIST_TASKS(Family.READ, "GET /v1.3/tasks?page=1&page_limit=10",
            (c, s) -> c.listTasks(TaskQuery.all().withPage(1).withPageLimit(10))),
    DELETE_TASK(Family.DELETE, "DELETE /v1.3/tasks/" + Ids.TASK, (c, s) -> {
        c.deleteTask(Ids.TASK);
        return null;
    }),
    LIST_INDEXES(Family.READ, "GET /v1.3/indexes?page=1&page_limit=10", (c, s) -> c.listIndexes(1, 10)),
    GET_INDEX(Family.READ, "GET /v1.3/indexes/" + Ids.INDEX, (c, s) -> c.getIndex(Ids.INDEX)),
    CREATE_ASSET_URL(Family.CREATE, "POST /v1.3/assets",
            (c, s) -> c.assets().createAsset(CreateAssetRequest.fromUrl(URI.create("https://cdn.example.com/v.mp4")))),
    CREATE_ASSET_FILE(Family.CREATE, "POST /v1.3/assets",
            (c, s) -> c.assets().createAsset(CreateAssetRequest.fromFile(Ids.smallFile()))),
    GET_ASSET(Family.READ, "GET /v1.3/assets/" + Ids.ASSET, (c, s) -> c.assets().getAsset(Ids.ASSET)),
    LIST_ASSETS(Family.READ, "GET /v1.3/assets", (c, s) -> c.assets().listAssets(AssetQuery.all())),
    DELETE_ASSET(Family.DELETE, "DELETE /v1.3/assets/" + Ids.ASSET, (c, s) -> {
        c.assets().deleteAsset(Ids.ASSET);
        return null;
    }),
    CREATE_MULTIPART(Family.CREATE, "POST /v1.3/assets/multipart-uploads",
            (c, s) -> c.assets().createMultipartUpload("v.mp4", 10L * 1024 * 1024)),
    REPORT_CHUNKS(Family.READ, "POST /v1.3/assets/multipart-uploads/" + Ids.UPLOAD,
            (c, s) -> c.assets().reportChunks(Ids.UPLOAD, List.of(new CompletedChunk(1, "etag", 5)))),
    PRESIGNED_URLS(Family.READ, "POST /v1.3/assets/multipart-uploads/" + Ids.UPLOAD + "/presigned-urls",
            (c, s) -> c.assets().presignedUrls(Ids.UPLOAD, 1, 2)),
    UPLOAD_STATUS(Family.READ, "GET /v1.3/assets/multipart-uploads/" + Ids.UPLOAD,
            (c, s) -> c.assets().uploadStatus(Ids.UPLOAD, 1, 10)),
    INCOMPLETE_UPLOADS(Family.READ, "GET /v1.3/assets/multipart-uploads",
            (c, s) -> c.assets().listIncompleteUploads(1, 10)),
    PUT_CHUNK(Family.CHUNK, "PUT of chunk 1 to ", (c, s) -> {
        try (FileChannel file = FileChannel.open(Ids.smallFile(), StandardOpenOption.READ)) {
            return c.assets().putChunk(new ChunkUrl(1, URI.create(s + "/store/v.mp4?sig=secret"), null),
                    file, 0, 5, Map.of(), UploadProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }),
    CREATE_INDEXED_ASSET(Family.CREATE, "POST /v1.3/indexes/" + Ids.INDEX + "/indexed-assets",
            (c, s) -> c.assets().createIndexedAsset(Ids.INDEX, Ids.ASSET, true)),
    GET_INDEXED_ASSET(Family.READ, "GET /v1.3/indexes/" + Ids.INDEX + "/indexed-assets/" + Ids.ASSET,
            (c, s) -> c.assets().getIndexedAsset(Ids.INDEX, Ids.ASSET)),
    LIST_INDEXED_ASSETS(Family.READ, "GET /v1.3/indexes/" + Ids.INDEX + "/indexed-assets",
            (c, s) -> c.assets().listIndexedAssets(Ids.INDEX, IndexedAssetQuery.all())),
    PATCH_METADATA(Family.DELETE, "PATCH /v1.3/indexes/" + Ids.INDEX + "/indexed-assets/" + Ids.ASSET, (c, s) -> {
        c.assets().updateIndexedAssetMetadata(Ids.INDEX, Ids.ASSET, Map.of("camera", "A"));
        return null;
    }),
    DELETE_INDEXED_ASSET(Family.DELETE, "DELETE /v1.3/indexes/" + Ids.INDEX + "/indexed-assets/" + Ids.ASSET,
            (c, s) -> {
                c.assets().deleteIndexedAsset(Ids.INDEX, Ids.ASSET);
                return null;
            }),
    LIST_VIDEOS(Family.READ, "GET /v1.3/indexes/" + Ids.INDEX + "/videos",
            (c, s) -> c.assets().listVideos(Ids.INDEX, IndexedAssetQuery.all())),
    GET_VIDEO(Family.READ, "GET /v1.3/indexes/" + Ids.INDEX + "/videos/" + Ids.VIDEO,
            (c, s) -> c.assets().getVideo(Ids.INDEX, Ids.VIDEO)),
    DELETE_VIDEO(Family.DELETE, "DELETE /v1.3/indexes/" + Ids.INDEX + "/videos/" + Ids.VIDEO, (c, s) -> {
        c.assets().deleteVideo(Ids.INDEX, Ids.VIDEO);
        return null;
    });

    /** How a call treats failures: reads are retried, creates never repeated, chunk PUTs are their own. */
    enum Family { READ, DELETE, CREATE, CHUNK }

    @FunctionalInterface
    interface Invocation {
        Object invoke(TwelveLabsClient client, String storeOrigin);
    }

    final Family family;
    /** What the sentence starts with. */
    final String request;
    private final Invocation invocation;

    ApiCalls(Family family, String request, Invocation invocation) {
        this.family = family;
        this.request = request;
        this.invocation = invocation;
    }

    /** @param storeOrigin where the presigned URL of a chunk PUT points, e.g. {@code http://127.0.0.1:PORT} */
    Object invoke(TwelveLabsClient client, String storeOrigin) {
        return invocation.invoke(client, storeOrigin);
    }

    /** The ids and the small file the calls use. */
    static final class Ids {
        static final String INDEX = "0123456789abcdef01234567";
        static final String TASK = "aaaaaaaaaaaaaaaaaaaaaaaa";
        static final String ASSET = "bbbbbbbbbbbbbbbbbbbbbbbb";
        static final String UPLOAD = "cccccccccccccccccccccccc";
        static final String VIDEO = "dddddddddddddddddddddddd";
        private static Path file;

        private Ids() {
        }

        static synchronized Path smallFile() {
            if (file == null) {
                try {
                    file = Files.createTempFile("reeldrop-hostile", ".mp4");
                    Files.write(file, new byte[]{0, 0, 0, 24, 'f'});
                    file.toFile().deleteOnExit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return file;
        }
    }
}
