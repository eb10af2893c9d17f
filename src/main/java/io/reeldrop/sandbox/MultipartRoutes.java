package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.util.Fields;

/**
 * {@code /assets/multipart-uploads...}: open a session, report chunks with their ETag proofs
 * (1 to 50 per call, all checked before any is taken), fresh presigned URLs (up to 50), the
 * session's status with per-chunk detail, and the list of sessions still open.
 */
final class MultipartRoutes {

    static final int MAX_PER_CALL = 50;

    private final SandboxStore store;
    private final SandboxConfig config;
    private final UploadSessions sessions;
    private final Supplier<String> apiBase;

    MultipartRoutes(SandboxStore store, SandboxConfig config, UploadSessions sessions, Supplier<String> apiBase) {
        this.store = store;
        this.config = config;
        this.sessions = sessions;
        this.apiBase = apiBase;
    }

    Reply create(byte[] body) {
        JsonNode json = JsonBody.object(body);
        String filename = JsonBody.text(json, "filename", true);
        if (filename.isEmpty() || filename.length() > 255) {
            throw ApiError.invalid("filename must have 1 to 255 characters.");
        }
        String type = JsonBody.text(json, "type", true);
        if (!type.equals("video")) {
            throw ApiError.invalid("type must be 'video' (the only type multipart uploads take), was '" + type + "'.");
        }
        long max = config.assets().multipartBytes();
        JsonNode sizeNode = json.get("total_size");
        if (sizeNode != null && sizeNode.isIntegralNumber() && sizeNode.asLong() > max) {
            throw new ApiError(400, "video_filesize_too_large", "total_size is " + sizeNode.asLong() + " bytes; a multipart upload takes at most "
                    + max + " bytes (4 GB).");
        }
        long totalSize = JsonBody.integer(json, "total_size", 1, max);
        UploadSession session = sessions.open(filename, totalSize);
        List<PresignedUrls.Signed> urls = sessions.urls(session, 1, config.assets().initialUrls());
        return new Reply(201, AssetViews.created(session, urls));
    }

    Reply listIncomplete(Fields query) {
        ListQuery list = new ListQuery(query, false);
        Instant now = Instant.now();
        synchronized (store.lock()) {
            List<UploadSession> open = new ArrayList<>();
            for (UploadSession session : store.uploads().values()) {
                if (session.statusAt(now).equals("active")) {
                    open.add(session);
                }
            }
            List<ObjectNode> page = new ArrayList<>();
            for (UploadSession session : list.pageOf(open, s -> s.createdAt, s -> s.updatedAt, s -> s.id)) {
                page.add(AssetViews.summary(session, now));
            }
            return Reply.ok(JsonViews.page(page, list.page, list.limit, open.size()));
        }
    }

    Reply status(String uploadId, Fields query) {
        ListQuery list = new ListQuery(query, true);
        Instant now = Instant.now();
        synchronized (store.lock()) {
            UploadSession session = existing(uploadId);
            int completed = 0;
            int failed = 0;
            long uploaded = 0;
            for (int n = 1; n <= session.totalChunks; n++) {
                String status = AssetViews.chunkStatus(session.chunk(n));
                completed += status.equals("completed") ? 1 : 0;
                failed += status.equals("failed") ? 1 : 0;
                uploaded += session.chunk(n).etag != null ? session.chunkLength(n) : 0;
            }
            ObjectNode json = JsonViews.MAPPER.createObjectNode();
            json.put("upload_id", session.id);
            json.put("status", session.statusAt(now));
            ArrayNode chunks = json.putArray("uploaded_chunks");
            int from = (list.page - 1) * list.limit + 1;
            for (int n = from; n < from + list.limit && n <= session.totalChunks; n++) {
                chunks.add(AssetViews.chunk(session, n));
            }
            json.put("chunks_completed", completed);
            json.put("chunks_failed", failed);
            json.put("chunks_pending", session.totalChunks - completed - failed);
            json.set("page_info", JsonViews.page(List.of(), list.page, list.limit, session.totalChunks).get("page_info"));
            json.put("total_size", session.totalSize);
            json.put("uploaded_size", uploaded);
            json.put("created_at", JsonViews.time(session.createdAt));
            json.put("updated_at", JsonViews.time(session.updatedAt));
            return Reply.ok(json);
        }
    }

    Reply freshUrls(String uploadId, byte[] body) {
        JsonNode json = JsonBody.object(body);
        UploadSession session;
        synchronized (store.lock()) {
            session = existing(uploadId);
            requireActive(session);
        }
        int start = (int) JsonBody.integer(json, "start", 1, session.totalChunks);
        int count = (int) JsonBody.integer(json, "count", 1, MAX_PER_CALL);
        List<PresignedUrls.Signed> urls = sessions.urls(session, start, count);
        ObjectNode answer = JsonViews.MAPPER.createObjectNode();
        answer.put("upload_id", session.id);
        answer.put("start_index", start);
        answer.put("count", urls.size());
        ArrayNode list = answer.putArray("upload_urls");
        urls.forEach(url -> list.add(AssetViews.url(url)));
        answer.put("generated_at", JsonViews.time(TaskLifecycle.now()));
        answer.put("expires_at", JsonViews.time(urls.get(0).expiresAt()));
        return Reply.ok(answer);
    }

    Reply report(String uploadId, byte[] body) {
        JsonNode json = JsonBody.object(body);
        JsonNode reported = json.get("completed_chunks");
        if (reported == null || reported.isNull()) {
            throw ApiError.notProvided("completed_chunks");
        }
        if (!reported.isArray() || reported.isEmpty() || reported.size() > MAX_PER_CALL) {
            throw ApiError.invalid("completed_chunks must be an array of 1 to 50 chunks, had "
                    + (reported.isArray() ? reported.size() : "no array") + ".");
        }
        Instant now = TaskLifecycle.now();
        ObjectNode answer = JsonViews.MAPPER.createObjectNode();
        synchronized (store.lock()) {
            UploadSession session = existing(uploadId);
            requireActive(session);
            List<Integer> numbers = checkProofs(session, reported);
            int processed = 0;
            int duplicates = 0;
            Set<Integer> seen = new HashSet<>();
            for (int number : numbers) {
                UploadSession.Chunk chunk = session.chunk(number);
                if (!seen.add(number) || chunk.reportedAt != null) {
                    duplicates++;
                    continue;
                }
                chunk.reportedAt = now;
                chunk.updatedAt = now;
                processed++;
            }
            session.updatedAt = now;
            int total = session.reportedCount();
            answer.put("asset_id", session.assetId);
            answer.put("processed_chunks", processed);
            answer.put("duplicate_chunks", duplicates);
            answer.put("total_completed", total);
            if (total == session.totalChunks) {
                sessions.complete(session, now);
                answer.put("url", apiBase.get() + "/assets/" + session.assetId);
            }
        }
        store.save();
        return Reply.ok(answer);
    }

    /** Every reported chunk must be whole and proven; one bad entry refuses the batch, naming each problem. */
    private static List<Integer> checkProofs(UploadSession session, JsonNode reported) {
        List<Integer> numbers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : reported) {
            long number = JsonBody.integer(entry, "chunk_index", 1, session.totalChunks);
            String proof = JsonBody.text(entry, "proof", true);
            String proofType = JsonBody.text(entry, "proof_type", true);
            long size = JsonBody.integer(entry, "chunk_size", 1, session.chunkSize);
            int n = (int) number;
            UploadSession.Chunk chunk = session.chunk(n);
            if (!proofType.equals("etag")) {
                problems.add("chunk " + n + ": proof_type must be 'etag'");
            } else if (size != session.chunkLength(n)) {
                problems.add("chunk " + n + ": chunk_size is " + size + " but this chunk has " + session.chunkLength(n) + " bytes");
            } else if (chunk.reportedAt == null && chunk.etag == null) {
                problems.add("chunk " + n + ": nothing was received for it yet (PUT it to its presigned URL first)");
            } else if (chunk.reportedAt == null && !normalise(proof).equals(chunk.etag)) {
                problems.add("chunk " + n + ": the proof '" + proof + "' is not the ETag of what was received");
            }
            numbers.add(n);
        }
        if (!problems.isEmpty()) {
            throw ApiError.invalid("No chunk of this report was taken: " + String.join("; ", problems)
                    + ". Report each chunk with the ETag its PUT answered.");
        }
        return numbers;
    }

    private static String normalise(String etag) {
        return etag.replace("\"", "").trim().toLowerCase(Locale.ROOT);
    }

    private UploadSession existing(String uploadId) {
        UploadSession session = store.uploads().get(uploadId);
        if (session == null) {
            throw ApiError.notFound("upload session", uploadId);
        }
        return session;
    }

    private static void requireActive(UploadSession session) {
        String status = session.statusAt(Instant.now());
        if (!status.equals("active")) {
            throw ApiError.invalid("The upload session " + session.id + " is " + status
                    + (status.equals("expired") ? "; sessions last 24 hours. Open a new one with POST /assets/multipart-uploads."
                            : "; nothing more can be uploaded to it."));
        }
    }
}
