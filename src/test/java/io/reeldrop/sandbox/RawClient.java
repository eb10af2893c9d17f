package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.contract.ApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * A deliberately plain HTTP client for sandbox tests (Apache HttpClient 5, no retries), so the
 * tests see exactly what the server sent. Multipart bodies come from HttpClient's builder.
 */
public final class RawClient implements AutoCloseable {

    /** One answer: status, headers, body text and the body parsed as JSON (null when empty). */
    public record Answer(int status, Map<String, String> headers, String body, JsonNode json) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiContract contract;
    private final CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().build();
    private final String base;
    private final String apiKey;

    public RawClient(String base, String apiKey) {
        this(base, apiKey, null);
    }

    /** A client that asserts every answer against {@code contract} (the vendor spec of that version). */
    public RawClient(String base, String apiKey, ApiContract contract) {
        this.base = base;
        this.apiKey = apiKey;
        this.contract = contract;
    }

    /** A client for one sandbox version that checks every answer against that version's spec. */
    public static RawClient checked(SandboxServer sandbox, String version) {
        return new RawClient(sandbox.baseUrl(version), sandbox.apiKey(),
                ApiContract.forVersion("1.2".equals(version) ? ApiVersion.V1_2 : ApiVersion.V1_3));
    }

    public Answer get(String path) {
        return send(new HttpUriRequestBase("GET", URI.create(base + path)), null);
    }

    public Answer delete(String path) {
        return send(new HttpUriRequestBase("DELETE", URI.create(base + path)), null);
    }

    public Answer json(String method, String path, String body) {
        return send(new HttpUriRequestBase(method, URI.create(base + path)),
                new StringEntity(body, ContentType.APPLICATION_JSON));
    }

    /** Any method with a body sent exactly as given, for bodies no builder would produce. */
    public Answer send(String method, String path, String contentType, String body) {
        return send(new HttpUriRequestBase(method, URI.create(base + path)),
                new StringEntity(body, ContentType.parse(contentType)));
    }

    public Answer postForm(String path, Map<String, String> fields) {
        return send(new HttpUriRequestBase("POST", URI.create(base + path)), new UrlEncodedFormEntity(
                fields.entrySet().stream().map(e -> new BasicNameValuePair(e.getKey(), e.getValue())).toList(), StandardCharsets.UTF_8));
    }

    /** Multipart POST; {@code fileName}/{@code fileBytes} become the {@code video_file} part when not null. */
    public Answer postMultipart(String path, Map<String, String> fields, String fileName, byte[] fileBytes) {
        return multipart(path, fields, "video_file", ContentType.create("video/mp4"), fileName, fileBytes);
    }

    /** Multipart POST whose file part is named {@code fileField} ({@code file} for {@code POST /assets}). */
    public Answer postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] fileBytes) {
        return multipart(path, fields, fileField, ContentType.APPLICATION_OCTET_STREAM, fileName, fileBytes);
    }

    private Answer multipart(String path, Map<String, String> fields, String fileField, ContentType type, String fileName, byte[] fileBytes) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create();
        fields.forEach((name, value) -> builder.addTextBody(name, value, ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)));
        if (fileBytes != null) {
            builder.addBinaryBody(fileField, fileBytes, type, fileName);
        }
        return send(new HttpUriRequestBase("POST", URI.create(base + path)), builder.build());
    }

    public Answer withoutKey(String path) {
        return send(new HttpUriRequestBase("GET", URI.create(base + path)), null, null);
    }

    public Answer withKey(String path, String key) {
        return send(new HttpUriRequestBase("GET", URI.create(base + path)), null, key);
    }

    private Answer send(HttpUriRequestBase request, HttpEntity entity) {
        return send(request, entity, apiKey);
    }

    private Answer send(HttpUriRequestBase request, HttpEntity entity, String key) {
        if (key != null) {
            request.addHeader("x-api-key", key);
        }
        if (entity != null) {
            request.setEntity(entity);
        }
        try {
            return http.execute(request, response -> {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header header : response.getHeaders()) {
                    headers.put(header.getName().toLowerCase(), header.getValue());
                }
                String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                JsonNode json = body.isEmpty() ? null : MAPPER.readTree(body);
                checkContract(request, response.getCode(), body);
                return new Answer(response.getCode(), headers, body, json);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Statuses the spec documents are checked against their schema; the error statuses it leaves
     * out (401, 404, 409, 429, 5xx) must still carry the documented error body, or none.
     */
    private void checkContract(HttpUriRequestBase request, int status, String body) {
        if (contract == null) {
            return;
        }
        String pathAndQuery = request.getRequestUri();
        List<String> problems = contract.checkResponse(request.getMethod(), pathAndQuery, status, body);
        if (problems.stream().anyMatch(p -> p.contains("does not document status")) && status >= 400) {
            problems = body.isEmpty() ? List.of() : contract.checkErrorBody(body);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + pathAndQuery + " -> " + status + " breaks the "
                    + contract.version() + " spec: " + problems + "\nbody: " + body);
        }
    }

    public static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
