package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.contract.ApiContract;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * A scripted stand-in for the multipart part of the API on two loopback origins: {@link #api}
 * answers the JSON endpoints of one session ({@value #UPLOAD_ID}), {@link #store} plays the
 * object store behind the presigned URLs (single use, an ETag per chunk, S3-style XML refusals).
 * Every API request and answer is kept, so a test can check them all against the contract;
 * every store request is kept with its headers, so a test can see what reached that host.
 */
final class FakeIngestApi implements AutoCloseable {

    static final String UPLOAD_ID = "upload0000000000000000001";
    static final String ASSET_ID = "asset00000000000000000001";
    static final String EXPIRED_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
            + "<Message>Request has expired</Message><Expires>2026-01-01T00:00:00Z</Expires></Error>";

    /** One API exchange as it went over the wire. */
    record Exchange(RecordedRequest request, int status, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final MockWebServer api = new MockWebServer();
    final MockWebServer store = new MockWebServer();
    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> puts = new CopyOnWriteArrayList<>();
    /** Answers to give instead of storing, per chunk index, in order. */
    final Map<Integer, Queue<MockResponse>> storeFaults = new ConcurrentHashMap<>();
    /** Chunk index to ETag, for chunks the store kept. */
    final Map<Integer, String> stored = new ConcurrentHashMap<>();
    /** Chunk index to ETag, as reported to the API. */
    final Map<Integer, String> reported = new ConcurrentHashMap<>();
    final AtomicInteger presignCalls = new AtomicInteger();

    private final long chunkSize;
    private final int initialUrls;
    private final Map<Integer, String> liveSignature = new ConcurrentHashMap<>();
    private final AtomicInteger signatures = new AtomicInteger();
    private volatile long totalSize;
    private volatile int totalChunks;
    private volatile Instant urlExpiry = Instant.now().plusSeconds(3600);
    /** When true, fresh-URL answers carry no URLs, as a broken API might. */
    volatile boolean withholdFreshUrls;
    /** When set, the session status the API reports, whatever the chunks. */
    volatile String forcedStatus;
    /**
     * When true, the report that completes the session is taken but its answer lost (the socket
     * closes), and later reports are refused as the platform does once a session is completed.
     */
    volatile boolean loseTheCompletingReportsAnswer;
    /** Answers to give to status requests instead of the status, in order. */
    final Queue<MockResponse> statusFaults = new ConcurrentLinkedQueue<>();
    /** Where upload URLs point instead of {@link #store}; its ETags are then taken on trust. */

    /**
     * @param initialUrls how many chunks get a URL in the session's answer; the rest must be asked for
     */
    FakeIngestApi(long chunkSize, int initialUrls, boolean keepBodies) throws Exception {
        this.chunkSize = chunkSize;
        this.initialUrls = initialUrls;
        if (!keepBodies) {
            store.setBodyLimit(0);
        }
        api.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return recorded(request, answerApi(request));
            }
        });
        store.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answerStore(request);
            }

            @Override
            public MockResponse peek() {
                return new MockResponse.Builder().add100Continue().build();
            }
        });
        api.start();
        store.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + api.getPort() + "/v1.3");
    }

    /** From now on, URLs handed out expire at {@code when}. */
    void urlsExpireAt(Instant when) {
        urlExpiry = when;
    }

    void failChunk(int index, MockResponse... answers) {
        storeFaults.computeIfAbsent(index, k -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    /** Checks every API request and answer so far against the v1.3 contract. */
    void assertContract() throws Exception {
        ApiContract spec = ApiContract.forVersion(ApiVersion.V1_3);
        for (Exchange e : exchanges) {
            spec.assertRequest(ApiTestSupport.asContract(e.request()));
            spec.assertResponse(e.request().getMethod(), e.request().getTarget(), e.status(), e.body());
        }
    }

    private MockResponse recorded(RecordedRequest request, MockResponse answer) {
        String body = answer.getBody() == null ? "" : bodyText(answer);
        exchanges.add(new Exchange(request, answer.getCode(), body));
        return answer;
    }

    private static String bodyText(MockResponse answer) {
        Buffer buffer = new Buffer();
        try {
            answer.getBody().writeTo(buffer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buffer.readUtf8();
    }

    private MockResponse answerApi(RecordedRequest request) {
        try {
            String path = request.getUrl().encodedPath();
            String method = request.getMethod();
            JsonNode body = request.getBodySize() > 0 ? JSON.readTree(request.getBody().utf8()) : null;
            String session = "/v1.3/assets/multipart-uploads/" + UPLOAD_ID;
            if (method.equals("POST") && path.equals("/v1.3/assets/multipart-uploads")) {
                return createSession(body);
            }
            if (method.equals("POST") && path.equals(session)) {
                return report(body);
            }
            if (method.equals("POST") && path.equals(session + "/presigned-urls")) {
                return freshUrls(body);
            }
            if (method.equals("GET") && path.equals(session)) {
                MockResponse fault = statusFaults.poll();
                return fault != null ? fault : status(request.getUrl());
            }
            return ApiTestSupport.json(404, "{\"code\":\"resource_not_exist\",\"message\":\"No " + path + "\"}");
        } catch (Exception e) {
            return ApiTestSupport.json(500, "{\"code\":\"internal\",\"message\":\"" + e + "\"}");
        }
    }

    private MockResponse createSession(JsonNode body) {
        totalSize = body.get("total_size").asLong();
        totalChunks = (int) ((totalSize + chunkSize - 1) / chunkSize);
        ObjectNode answer = JSON.createObjectNode().put("upload_id", UPLOAD_ID).put("asset_id", ASSET_ID)
                .put("chunk_size", chunkSize).put("total_chunks", totalChunks)
                .put("expires_at", Rfc3339.format(Instant.now().plusSeconds(86_400)));
        answer.set("upload_urls", urls(1, Math.min(initialUrls, totalChunks)));
        answer.putObject("upload_headers").put("Content-Type", "application/octet-stream");
        return ApiTestSupport.json(201, answer.toString());
    }

    private ArrayNode urls(int start, int count) {
        ArrayNode list = JSON.createArrayNode();
        for (int i = start; i < start + count && i <= totalChunks; i++) {
            String sig = "s" + signatures.incrementAndGet();
            liveSignature.put(i, sig);
            list.addObject().put("chunk_index", i)
                    .put("url", "http://127.0.0.1:" + store.getPort() + "/bucket/" + UPLOAD_ID + "/" + i
                            + "?X-Signature=" + sig + "&X-Expires=" + urlExpiry.getEpochSecond())
                    .put("expires_at", Rfc3339.format(urlExpiry));
        }
        return list;
    }

    private MockResponse freshUrls(JsonNode body) {
        presignCalls.incrementAndGet();
        int start = body.get("start").asInt();
        int count = body.get("count").asInt();
        ObjectNode answer = JSON.createObjectNode().put("upload_id", UPLOAD_ID).put("start_index", start)
                .put("count", count).put("generated_at", Rfc3339.format(Instant.now()))
                .put("expires_at", Rfc3339.format(urlExpiry));
        answer.set("upload_urls", withholdFreshUrls ? JSON.createArrayNode() : urls(start, count));
        return ApiTestSupport.json(200, answer.toString());
    }

    private MockResponse report(JsonNode body) {
        if (loseTheCompletingReportsAnswer && reported.size() == totalChunks) {
            return ApiTestSupport.json(400, "{\"code\":\"parameter_invalid\",\"message\":\"The upload session "
                    + UPLOAD_ID + " is completed; nothing more can be uploaded to it.\"}");
        }
        int processed = 0;
        int duplicates = 0;
        for (JsonNode c : body.get("completed_chunks")) {
            int index = c.get("chunk_index").asInt();
            String proof = c.get("proof").asText();
            if (!proof.equals(stored.get(index))) {
                return ApiTestSupport.json(400, "{\"code\":\"parameter_invalid\",\"message\":\"The proof of chunk "
                        + index + " does not match what was received.\"}");
            }
            if (reported.put(index, proof) == null) {
                processed++;
            } else {
                duplicates++;
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("asset_id", ASSET_ID).put("processed_chunks", processed)
                .put("duplicate_chunks", duplicates).put("total_completed", reported.size());
        if (reported.size() == totalChunks) {
            answer.put("url", "https://cdn.example.com/assets/" + ASSET_ID + ".mp4");
            if (loseTheCompletingReportsAnswer) {
                return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
            }
        }
        return ApiTestSupport.json(200, answer.toString());
    }

    private MockResponse status(HttpUrl url) {
        int page = intParam(url, "page", 1);
        int limit = intParam(url, "page_limit", 10);
        ObjectNode answer = JSON.createObjectNode().put("upload_id", UPLOAD_ID)
                .put("status", forcedStatus != null ? forcedStatus : reported.size() == totalChunks ? "completed" : "active");
        ArrayNode chunks = answer.putArray("uploaded_chunks");
        long uploaded = 0;
        for (int i = 1; i <= totalChunks; i++) {
            long length = Math.min(chunkSize, totalSize - (i - 1) * chunkSize);
            uploaded += reported.containsKey(i) ? length : 0;
            if (i > (page - 1) * limit && i <= page * limit) {
                chunks.addObject().put("index", i).put("status", reported.containsKey(i) ? "completed" : "pending");
            }
        }
        answer.put("chunks_completed", reported.size()).put("chunks_failed", 0)
                .put("chunks_pending", totalChunks - reported.size()).put("total_size", totalSize)
                .put("uploaded_size", uploaded);
        answer.putObject("page_info").put("page", page).put("limit_per_page", limit)
                .put("total_page", Math.max(1, (totalChunks + limit - 1) / limit)).put("total_results", totalChunks);
        return ApiTestSupport.json(200, answer.toString());
    }

    private static int intParam(HttpUrl url, String name, int absent) {
        String value = url.queryParameter(name);
        return value == null ? absent : Integer.parseInt(value);
    }

    private MockResponse answerStore(RecordedRequest request) {
        puts.add(request);
        List<String> segments = request.getUrl().pathSegments();
        int index = Integer.parseInt(segments.get(segments.size() - 1));
        Queue<MockResponse> faults = storeFaults.get(index);
        MockResponse fault = faults == null ? null : faults.poll();
        if (fault != null) {
            return fault;
        }
        String sig = request.getUrl().queryParameter("X-Signature");
        long expires = Long.parseLong(String.valueOf(request.getUrl().queryParameter("X-Expires")));
        if (sig == null || !sig.equals(liveSignature.get(index)) || Instant.now().getEpochSecond() > expires) {
            return new MockResponse.Builder().code(403).setHeader("Content-Type", "application/xml")
                    .body(EXPIRED_XML).build();
        }
        liveSignature.remove(index);
        String etag = etagOf(request);
        stored.put(index, etag);
        return new MockResponse.Builder().code(200).setHeader("ETag", "\"" + etag + "\"").build();
    }

    /** The MD5 of the body when it was kept (as S3 does), else a tag of its size. */
    private static String etagOf(RecordedRequest request) {
        if (request.getBody() != null && request.getBody().size() == request.getBodySize()) {
            return request.getBody().md5().hex();
        }
        return "size-" + request.getBodySize();
    }

    static String text(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
    }

    static List<String> headerNames(RecordedRequest r) {
        List<String> names = new ArrayList<>();
        r.getHeaders().names().forEach(names::add);
        return names;
    }

    @Override
    public void close() {
        api.close();
        store.close();
    }
}
