package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault plan reaches the new endpoints and the chunk PUTs: 5xx, drops, expired URLs, slow bodies. */
class MultipartFaultsTest {

    private SandboxServer sandbox;
    private RawClient api;
    private final ChunkClient chunks = new ChunkClient();
    private byte[] first;
    private String uploadId;
    private String url;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withTimeScale(1000).withAssets(MultipartUploadTest.SMALL_CHUNKS));
        api = RawClient.checked(sandbox, "1.3");
        byte[] video = FixtureHttpServer.fixtureBytes("valid.mp4");
        first = ChunkClient.chunk(video, 16 * 1024, 1);
        JsonNode session = api.json("POST", "/assets/multipart-uploads",
                "{\"filename\":\"valid.mp4\",\"type\":\"video\",\"total_size\":" + video.length + "}").json();
        uploadId = session.get("upload_id").asText();
        url = session.get("upload_urls").get(0).get("url").asText();
    }

    @AfterEach
    void stop() throws Exception {
        Closing.all(api, sandbox);
    }

    private JsonNode chunkOne() {
        return api.get("/assets/multipart-uploads/" + uploadId).json().get("uploaded_chunks").get(0);
    }

    @Test
    void serverErrorsReachTheNewEndpointsAndTheChunkHost() throws Exception {
        sandbox.faults().set(FaultPlan.none().withServerErrors(1.0));
        int status = api.get("/assets").status();
        assertTrue(status >= 500, "GET /assets -> " + status);
        assertTrue(api.get("/assets/multipart-uploads/" + uploadId).status() >= 500);
        ChunkClient.Put put = chunks.put(url, first);
        assertTrue(put.status() == 500 || put.status() == 503, put.toString());
        assertTrue(put.body().contains("<Error><Code>"), "an object store's XML error: " + put.body());
        sandbox.faults().clear();
        assertEquals(200, chunks.put(url, first).status(), "a refused PUT does not spend its URL: the SDKs retry the same one");
    }

    @Test
    void aDroppedChunkPutLeavesAFailedChunkAndAnUnspentUrl() {
        sandbox.faults().set(FaultPlan.none().withDroppedConnections(1.0));
        long before = sandbox.uploadBytesReceived();
        assertThrows(UncheckedIOException.class, () -> chunks.put(url, first));
        sandbox.faults().clear();
        long cutOff = sandbox.uploadBytesReceived() - before;
        assertTrue(cutOff >= first.length / 2 && cutOff < first.length, "the dropped PUT's bytes are counted: " + cutOff);
        JsonNode chunk = chunkOne();
        assertEquals("failed", chunk.get("status").asText(), chunk.toString());
        assertTrue(chunk.get("error").asText().contains("dropped"), chunk.toString());
        assertEquals(1, api.get("/assets/multipart-uploads/" + uploadId).json().get("chunks_failed").asInt());
        assertEquals(200, chunks.put(url, first).status());
        assertEquals(cutOff + first.length, sandbox.uploadBytesReceived() - before, "and the whole one after it");
        assertEquals("pending", chunkOne().get("status").asText(), "received whole, waiting to be reported");
    }

    @Test
    void aDroppedSessionAnswerLeavesTheSessionOpenedAsTheClientMustReconcile() {
        sandbox.faults().set(FaultPlan.none().withDroppedConnections(1.0));
        assertThrows(UncheckedIOException.class, () -> api.json("POST", "/assets/multipart-uploads",
                "{\"filename\":\"lost.mp4\",\"type\":\"video\",\"total_size\":100}"));
        sandbox.faults().clear();
        assertEquals(2, api.get("/assets/multipart-uploads").json().get("page_info").get("total_results").asInt(),
                "the answer was lost, the session was made");
    }

    @Test
    void anExpiredUrlStaysExpiredAndAFreshOneWorks() {
        sandbox.faults().set(FaultPlan.none().withExpiredUploadUrls(1.0));
        ChunkClient.Put expired = chunks.put(url, first);
        assertEquals(403, expired.status());
        assertTrue(expired.body().contains("Request has expired"), expired.body());
        sandbox.faults().clear();
        assertEquals(403, chunks.put(url, first).status(), "an expired URL does not come back");
        String fresh = api.json("POST", "/assets/multipart-uploads/" + uploadId + "/presigned-urls", "{\"start\":1,\"count\":1}")
                .json().get("upload_urls").get(0).get("url").asText();
        assertEquals(200, chunks.put(fresh, first).status());
    }

    @Test
    void slowBodiesAreReadNoFasterThanThePlanSays() {
        sandbox.faults().set(FaultPlan.none().withSlowUploadBodies(64 * 1024)); // 16 KiB: at least 250 ms
        long start = System.nanoTime();
        ChunkClient.Put put = chunks.put(url, first);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, put.status());
        assertTrue(millis >= 200, "read in " + millis + " ms");
        assertEquals("\"" + ChunkClient.md5(first) + "\"", put.etag(), "slow, but whole");
    }

    @Test
    void assetCreationFaultsToo() throws Exception {
        sandbox.faults().set(FaultPlan.none().withServerErrors(1.0));
        int status = api.postMultipart("/assets", Map.of("method", "direct"), "file", "valid.mp4",
                FixtureHttpServer.fixtureBytes("valid.mp4")).status();
        assertTrue(status >= 500, "POST /assets -> " + status);
        assertTrue(api.json("POST", "/indexes/" + SandboxServer.SANDBOX_INDEX_ID + "/indexed-assets", "{\"asset_id\":\"x\"}").status() >= 500);
    }
}
