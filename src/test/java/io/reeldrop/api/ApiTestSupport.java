package io.reeldrop.api;

import io.reeldrop.contract.ContractRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.content.ByteBufferContentSource;

/** Shared pieces of the client tests: a client aimed at a MockWebServer, JSON answers, form parsing. */
final class ApiTestSupport {

    static final String KEY = "tlk_TESTKEY_0123456789abcdef";

    private ApiTestSupport() {
    }

    static URI base(MockWebServer server, ApiVersion version) {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/" + version.pathSegment());
    }

    static ApiConfig config(MockWebServer server, ApiVersion version) {
        return ApiConfig.of(base(server, version), ApiKey.of(KEY))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    /** A client whose waits between attempts are recorded and skipped, so retry tests take no time. */
    static TwelveLabsClient client(ApiConfig config, List<Duration> waits) {
        return TwelveLabsClient.builder(config).sleeper(waits::add).build();
    }

    static TwelveLabsClient client(MockWebServer server, ApiVersion version) {
        return client(config(server, version), new CopyOnWriteArrayList<>());
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    /**
     * The answer to a file upload from a server that, like real ones, says {@code 100 Continue}
     * to the client's {@code Expect: 100-continue}; without it the client waits 3 s, then sends.
     */
    static MockResponse jsonAfterContinue(int code, String body) {
        return new MockResponse.Builder().add100Continue().code(code).setHeader("Content-Type", "application/json")
                .body(body).build();
    }

    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request within 10 s");
        }
        return r;
    }

    /** The text fields of a multipart body; a file part maps to {@code file:<name>:<length>}. */
    static Map<String, String> formFields(RecordedRequest request) throws Exception {
        String boundary = MultiPart.extractBoundary(request.getHeaders().get("Content-Type"));
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        // Every part stays in memory (the largest body a test sends is a few MB), so no file is
        // written and nothing is left in the temp folder.
        parser.setMaxMemoryFileSize(-1);
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        Map<String, String> fields = new LinkedHashMap<>();
        try (MultiPartFormData.Parts parts = parser.parse(new ByteBufferContentSource(ByteBuffer.wrap(body)))
                .get(10, TimeUnit.SECONDS)) {
            for (MultiPart.Part part : parts) {
                fields.put(part.getName(), part.getFileName() != null
                        ? "file:" + part.getFileName() + ":" + part.getLength()
                        : part.getContentAsString(StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** The request as the contract checker sees it: method, path, query, headers and form fields. */
    static ContractRequest asContract(RecordedRequest request) throws Exception {
        ContractRequest c = ContractRequest.of(request.getMethod(), request.getTarget());
        request.getHeaders().forEach(h -> c.header(h.getFirst(), h.getSecond()));
        String type = request.getHeaders().get("Content-Type");
        if (type != null && type.startsWith("application/json") && request.getBodySize() > 0) {
            c.jsonBody(request.getBody().utf8());
        }
        if (type != null && type.startsWith("multipart/form-data")) {
            formFields(request).forEach((name, value) -> {
                if (value.startsWith("file:")) {
                    c.filePart(name);
                } else {
                    c.formField(name, value);
                }
            });
        }
        return c;
    }
}
