package io.reeldrop.adversarial;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.ChunkUrl;
import io.reeldrop.api.CompletedChunk;
import io.reeldrop.api.CreateAssetRequest;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.api.IndexedAssetQuery;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.api.UploadProgress;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bad input of the bad-input table that the API client itself refuses: ids, parameters,
 * files and settings, each with a fragment of its sentence. Each row is a call that must throw
 * {@link IllegalArgumentException} before sending anything.
 */
final class BadInput {

    /** One refusal: a name, the call that must be refused, and what its sentence says. */
    record Refusal(String name, Consumer<TwelveLabsClient> call, String fragment) {
    }

    private BadInput() {
    }

    static List<Refusal> clientRefusals(Path dir) throws Exception {
        List<Refusal> r = new ArrayList<>();
        for (String id : List.of("..", ".", "a b", "a\r\nX-Injected: 1", "\u001b[2J", "x".repeat(129), "\u202Eabc",
                "tab\there", "nul\u0000")) {
            r.add(new Refusal("task id " + printable(id), c -> c.getTask(id), "The task ID "));
        }
        r.add(new Refusal("empty task id", c -> c.getTask(" "), "The task ID is empty."));
        r.add(new Refusal("delete task ..", c -> c.deleteTask(".."), "The task ID \"..\" is not an ID"));
        r.add(new Refusal("index id blank", c -> c.getIndex(" "), "The index ID is empty."));
        r.add(new Refusal("asset id ..", c -> c.assets().getAsset(".."), "The asset ID \"..\" is not an ID"));
        r.add(new Refusal("delete asset with a space", c -> c.assets().deleteAsset("a b"), "The asset ID \"a b\""));
        r.add(new Refusal("indexed asset in index ..", c -> c.assets().getIndexedAsset("..", "x"), "The index ID"));
        r.add(new Refusal("indexed asset id NUL", c -> c.assets().deleteIndexedAsset("i", "\u0000"),
                "The indexed asset ID \"?\" is not an ID"));
        r.add(new Refusal("video id ..", c -> c.assets().getVideo("i", ".."), "The video ID"));
        r.add(new Refusal("delete video in index .", c -> c.assets().deleteVideo(".", "v"), "The index ID"));
        r.add(new Refusal("upload id ..", c -> c.assets().uploadStatus("..", 1, 10), "The upload ID"));
        r.add(new Refusal("page 0 of indexes", c -> c.listIndexes(0, 10), "page counts from 1"));
        r.add(new Refusal("51 indexes a page", c -> c.listIndexes(1, 51), "page_limit is 1 to 50"));
        r.add(new Refusal("presigned URLs from chunk 0", c -> c.assets().presignedUrls("u", 0, 1), "Ask for 1 to 50 URLs"));
        r.add(new Refusal("51 presigned URLs", c -> c.assets().presignedUrls("u", 1, 51), "Ask for 1 to 50 URLs"));
        r.add(new Refusal("report no chunk", c -> c.assets().reportChunks("u", List.of()), "Report 1 to 50 chunks"));
        r.add(new Refusal("report 51 chunks", c -> c.assets().reportChunks("u",
                Collections.nCopies(51, new CompletedChunk(1, "e", 1))), "Report 1 to 50 chunks at a time, not 51."));
        r.add(new Refusal("upload without a name", c -> c.assets().createMultipartUpload("", 10), "1 to 255 characters"));
        r.add(new Refusal("upload with a 256-character name", c -> c.assets().createMultipartUpload("x".repeat(256), 10),
                "1 to 255 characters"));
        r.add(new Refusal("upload of 0 bytes", c -> c.assets().createMultipartUpload("a.mp4", 0), "1 byte to 4 GB"));
        r.add(new Refusal("upload of 5 GB", c -> c.assets().createMultipartUpload("a.mp4", 5L << 30), "1 byte to 4 GB"));
        r.add(new Refusal("metadata without a key", c -> c.assets().updateIndexedAssetMetadata("i", "a", Map.of()),
                "at least one user-metadata key"));
        r.add(new Refusal("metadata NaN", c -> c.assets().updateIndexedAssetMetadata("i", "a", Map.of("d", Double.NaN)),
                "must be text, a finite number"));
        r.add(new Refusal("videos filtered by status", c -> c.assets().listVideos("i",
                IndexedAssetQuery.builder().status(TaskStatus.READY).build()), "cannot be filtered by status"));
        Path small = Files.writeString(dir.resolve("small.mp4"), "x");
        r.add(new Refusal("chunk of 0 bytes", c -> {
            try (FileChannel f = FileChannel.open(small, StandardOpenOption.READ)) {
                c.assets().putChunk(new ChunkUrl(1, URI.create("http://127.0.0.1:9/s?x=1"), null), f, 0, 0,
                        Map.of(), UploadProgress.NONE);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, "A chunk has at least one byte."));
        Path missing = dir.resolve("missing.mp4");
        r.add(new Refusal("task from a missing file", c -> c.createTask(CreateTaskRequest.fromFile("i", missing)),
                "Cannot read the video file"));
        r.add(new Refusal("task from a folder", c -> c.createTask(CreateTaskRequest.fromFile("i", dir)), "is a folder"));
        r.add(new Refusal("asset from a missing file", c -> c.assets().createAsset(CreateAssetRequest.fromFile(missing)),
                "Cannot read the file"));
        Path big = dir.resolve("big.mp4");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CreateAssetRequest.MAX_DIRECT_BYTES + 1);
        }
        r.add(new Refusal("direct asset over 200 MB", c -> c.assets().createAsset(CreateAssetRequest.fromFile(big)),
                "MB; a direct"));
        return r;
    }

    /** Settings of the client that are refused when it is configured: nothing can be sent with them. */
    static List<Map.Entry<String, Runnable>> settingRefusals() {
        List<Map.Entry<String, Runnable>> r = new ArrayList<>();
        ApiKey key = ApiKey.of("tlk_BADINPUT_0123456789");
        for (String url : List.of("http://api.twelvelabs.io/v1.3", "http://10.0.0.5:8080/v1.3", "http://[fe80::1]/v1.3",
                "http://localhost.example.com/v1.3")) {
            r.add(Map.entry("plain http to " + url + "|is plain http, so the API key would travel unencrypted",
                    () -> ApiConfig.of(URI.create(url), key)));
        }
        for (String url : List.of("https://api.twelvelabs.io/", "https://api.twelvelabs.io/v2", "https://api.twelvelabs.io")) {
            r.add(Map.entry("no version in " + url + "|The API URL", () -> ApiConfig.of(URI.create(url), key)));
        }
        ApiConfig ok = ApiConfig.of(URI.create("https://api.twelvelabs.io/v1.3"), key);
        r.add(Map.entry("connect timeout 0|The connect timeout must be longer than zero",
                () -> ok.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1))));
        r.add(Map.entry("negative response timeout|The response timeout must be longer than zero",
                () -> ok.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofSeconds(1))));
        r.add(Map.entry("call deadline 0|The call deadline must be longer than zero",
                () -> ok.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO)));
        r.add(Map.entry("0 attempts|maxAttempts must be at least 1", () -> ok.withMaxAttempts(0)));
        r.add(Map.entry("blank key|The API key is empty.", () -> ApiKey.of("   ")));
        return r;
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(20).forEach(c -> b.append(c < 0x20 || c == 0x7f || (c >= 0x202A && c <= 0x202E)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return b.toString();
    }
}
