package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.media.FixtureHttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted multipart session continues after the sandbox restarts on the same data folder. */
class MultipartRestartTest {

    @Test
    void aSessionStoppedHalfwayIsFinishedAfterARestart(@TempDir Path data) throws Exception {
        int uploadPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            uploadPort = free.getLocalPort(); // the same presigned host before and after: old URLs stay good
        }
        SandboxConfig config = SandboxConfig.defaults().withTimeScale(1000).withDataDir(data).withUploadPort(uploadPort)
                .withAssets(MultipartUploadTest.SMALL_CHUNKS.withInitialUrls(3));
        byte[] video = FixtureHttpServer.fixtureBytes("valid.mp4");
        ChunkClient chunks = new ChunkClient();
        String uploadId;
        String assetId;
        String thirdUrl;
        String secondProof;
        try (SandboxServer first = SandboxServer.start(config); RawClient api = RawClient.checked(first, "1.3")) {
            JsonNode session = api.json("POST", "/assets/multipart-uploads",
                    "{\"filename\":\"valid.mp4\",\"type\":\"video\",\"total_size\":" + video.length + "}").json();
            uploadId = session.get("upload_id").asText();
            assetId = session.get("asset_id").asText();
            String proof = chunks.put(session.get("upload_urls").get(0).get("url").asText(), ChunkClient.chunk(video, 16384, 1)).etag();
            secondProof = chunks.put(session.get("upload_urls").get(1).get("url").asText(), ChunkClient.chunk(video, 16384, 2)).etag();
            thirdUrl = session.get("upload_urls").get(2).get("url").asText();
            assertEquals(200, api.json("POST", "/assets/multipart-uploads/" + uploadId, "{\"completed_chunks\":[{\"chunk_index\":1,"
                    + "\"proof\":" + proof.replace("\"", "\\\"").transform(p -> "\"" + p + "\"") + ",\"proof_type\":\"etag\",\"chunk_size\":16384}]}").status());
        }
        try (SandboxServer second = SandboxServer.start(config); RawClient api = RawClient.checked(second, "1.3")) {
            JsonNode status = api.get("/assets/multipart-uploads/" + uploadId).json();
            assertEquals("active", status.get("status").asText());
            assertEquals(1, status.get("chunks_completed").asInt());
            assertEquals(32768, status.get("uploaded_size").asLong(), "chunk 2 was received before the stop, not yet reported");
            assertEquals(1, api.get("/assets/multipart-uploads").json().get("page_info").get("total_results").asInt());
            assertEquals(200, chunks.put(thirdUrl, ChunkClient.chunk(video, 16384, 3)).status(), "a URL from before the restart still verifies");
            String third = ChunkClient.md5(ChunkClient.chunk(video, 16384, 3));
            JsonNode done = api.json("POST", "/assets/multipart-uploads/" + uploadId, "{\"completed_chunks\":["
                    + "{\"chunk_index\":2,\"proof\":\"" + secondProof.replace("\"", "") + "\",\"proof_type\":\"etag\",\"chunk_size\":16384},"
                    + "{\"chunk_index\":3,\"proof\":\"" + third + "\",\"proof_type\":\"etag\",\"chunk_size\":" + (video.length - 32768) + "}]}").json();
            assertEquals(3, done.get("total_completed").asInt(), done.toString());
            assertEquals("ready", AssetRoutesTest.finished(api, assetId).get("status").asText());
            assertArrayEquals(video, Files.readAllBytes(data.resolve("assets").resolve(assetId + ".asset")),
                    "the chunks were written into place across the restart");
        }
    }
}
