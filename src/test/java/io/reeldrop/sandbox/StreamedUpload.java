package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.contract.ApiContract;
import io.reeldrop.contract.ContractRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A multipart upload of a {@link GeneratedVideo} over loopback with the JDK's client, the way the
 * SDK helpers go about it (open, PUT every chunk to its presigned URL, report them in batches of
 * 10), but streaming each chunk from the generator instead of from a temporary file. Used by
 * the streaming test and the benchmark.
 */
final class StreamedUpload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiContract CONTRACT = ApiContract.forVersion(ApiVersion.V1_3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String apiKey;

    StreamedUpload(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** Uploads {@code video}; returns the asset id once every chunk is reported. */
    String upload(GeneratedVideo video) throws IOException, InterruptedException {
        JsonNode session = api("POST", "/assets/multipart-uploads",
                "{\"filename\":\"generated.mp4\",\"type\":\"video\",\"total_size\":" + video.size() + "}");
        String uploadId = session.get("upload_id").asText();
        long chunkSize = session.get("chunk_size").asLong();
        int total = session.get("total_chunks").asInt();
        List<String> reports = new ArrayList<>();
        for (int start = 1; start <= total; start += 50) {
            JsonNode urls = api("POST", "/assets/multipart-uploads/" + uploadId + "/presigned-urls",
                    "{\"start\":" + start + ",\"count\":50}").get("upload_urls");
            for (JsonNode url : urls) {
                int n = url.get("chunk_index").asInt();
                long length = Math.min(chunkSize, video.size() - (n - 1) * chunkSize);
                String etag = put(url.get("url").asText(), video, (n - 1) * chunkSize, length);
                reports.add("{\"chunk_index\":" + n + ",\"proof\":\"" + etag + "\",\"proof_type\":\"etag\",\"chunk_size\":" + length + "}");
                if (reports.size() == 10 || n == total) {
                    api("POST", "/assets/multipart-uploads/" + uploadId, "{\"completed_chunks\":[" + String.join(",", reports) + "]}");
                    reports.clear();
                }
            }
        }
        return session.get("asset_id").asText();
    }

    private String put(String url, GeneratedVideo video, long from, long length) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> video.range(from, length)), length))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("chunk PUT answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("ETag").orElseThrow().replace("\"", "");
    }

    /** Every API request and answer is checked against the v1.3 contract, as the SDKs' would have to pass it. */
    JsonNode api(String method, String path, String body) throws IOException, InterruptedException {
        ContractRequest sent = ContractRequest.of(method, "/v1.3" + path).header("x-api-key", apiKey);
        CONTRACT.assertRequest(body == null ? sent : sent.contentType("application/json").jsonBody(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("x-api-key", apiKey);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        CONTRACT.assertResponse(method, "/v1.3" + path, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
