package io.reeldrop.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.ApiVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks requests and responses against the project's contract for one API version: the part
 * of the vendor's OpenAPI description that ReelDrop uses, kept in
 * {@code src/test/resources/contract/} (see {@link ContractExtractor} and ContractDriftTest).
 *
 * <pre>{@code
 * ApiContract spec = ApiContract.forVersion(ApiVersion.V1_3);
 * spec.assertResponse("GET", "/v1.3/tasks/abc", 200, body);           // AssertionError if not
 * List<String> problems = spec.checkRequest(ContractRequest.of("POST", "/v1.3/tasks")
 *         .contentType("multipart/form-data; boundary=x")
 *         .header("x-api-key", "k").formField("index_id", "i").formField("video_url", "u"));
 * }</pre>
 *
 * <p>Stricter than the schemas alone in one way that matters to the API: a query parameter or
 * form field the operation does not declare is a problem (the API answers
 * {@code parameter_unknown}), so {@code language} sent to v1.3 is caught.
 *
 * <p>An operation outside the contract is a problem like any other: add it to
 * {@link ContractScope} and regenerate before a test may use it. Instances are cached and
 * thread-safe.
 */
public final class ApiContract {

    private static final Map<ApiVersion, ApiContract> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiVersion version;
    private final SpecDocument spec;
    private final SchemaChecker schemas;

    private ApiContract(ApiVersion version, SpecDocument spec) {
        this.version = version;
        this.spec = spec;
        this.schemas = new SchemaChecker(spec, "openapi-" + version.pathSegment().substring(1));
    }

    public static ApiContract forVersion(ApiVersion version) {
        return LOADED.computeIfAbsent(version, v -> new ApiContract(v, SpecDocument.load(resource(v))));
    }

    /** The classpath resource holding the contract of {@code version}. */
    public static String resource(ApiVersion version) {
        return "/contract/" + fileName(version);
    }

    /** {@code openapi-1.3.yaml}: the same name as the vendor's file of that version. */
    static String fileName(ApiVersion version) {
        return "openapi-" + version.pathSegment().substring(1) + ".yaml";
    }

    public ApiVersion version() {
        return version;
    }

    /** Every way {@code request} departs from the spec; empty when it conforms. */
    public List<String> checkRequest(ContractRequest request) {
        List<String> problems = new ArrayList<>();
        Optional<SpecDocument.Operation> found = spec.operation(request.method(), request.path());
        if (found.isEmpty()) {
            problems.add(noOperation(request.method(), request.path()));
            return problems;
        }
        SpecDocument.Operation op = found.get();
        new ParameterCheck(spec, schemas, op, request, problems).run();
        new BodyCheck(spec, schemas, op, request, problems).run();
        return problems;
    }

    /**
     * Every way a response departs from the spec: an undocumented status, a body where none is
     * documented or the reverse, JSON that does not parse or breaks the schema.
     *
     * @param body the body as text; null or empty for none
     */
    public List<String> checkResponse(String method, String pathAndQuery, int status, String body) {
        List<String> problems = new ArrayList<>();
        String path = ContractRequest.of(method, pathAndQuery).path();
        Optional<SpecDocument.Operation> found = spec.operation(method, path);
        if (found.isEmpty()) {
            problems.add(noOperation(method, path));
            return problems;
        }
        JsonNode responses = found.get().node().path("responses");
        JsonNode response = responses.get(String.valueOf(status));
        if (response == null) {
            response = responses.get(status / 100 + "XX");
        }
        if (response == null) {
            response = responses.get("default");
        }
        if (response == null) {
            problems.add(method + " " + found.get().template() + " does not document status " + status
                    + " in " + version.pathSegment() + " (documented: " + fieldNames(responses) + ")");
            return problems;
        }
        checkBody(spec.resolve(response), body, problems);
        return problems;
    }

    /** Problems of an error body against the spec's generic error shape (code, message, docs_url). */
    public List<String> checkErrorBody(String body) {
        List<String> problems = new ArrayList<>();
        checkBody(spec.resolve(spec.root().at("/components/responses/genericError")), body, problems);
        return problems;
    }

    public void assertRequest(ContractRequest request) {
        fail(request.toString(), checkRequest(request));
    }

    public void assertResponse(String method, String pathAndQuery, int status, String body) {
        fail(method + " " + pathAndQuery + " -> " + status, checkResponse(method, pathAndQuery, status, body));
    }

    private void checkBody(JsonNode response, String body, List<String> problems) {
        JsonNode content = response.path("content");
        boolean empty = body == null || body.isBlank();
        if (!content.isObject() || content.isEmpty()) {
            if (!empty) {
                problems.add("a body was sent where the spec documents none");
            }
            return;
        }
        JsonNode media = content.get("application/json");
        if (media == null) {
            return; // only JSON bodies are checked; the API documents no other answer type here
        }
        if (empty) {
            problems.add("the body is empty but the spec documents a JSON body");
            return;
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            problems.add("the body is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (media.has("schema")) {
            problems.addAll(schemas.validate(media.get("schema"), parsed));
        }
    }

    private String noOperation(String method, String path) {
        return "the " + version.pathSegment() + " contract has no operation " + method.toUpperCase(Locale.ROOT)
                + " " + path + " (ContractScope lists the operations ReelDrop uses)";
    }

    static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return String.join(", ", names);
    }

    private static void fail(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " breaks the OpenAPI contract:\n  - " + String.join("\n  - ", problems));
        }
    }
}
