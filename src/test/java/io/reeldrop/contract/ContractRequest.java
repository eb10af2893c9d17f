package io.reeldrop.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as it went over the wire, in the terms {@link ApiContract#checkRequest} needs.
 * Build with {@link #of(String, String)} and the chained setters; values are multimaps because
 * the API repeats parameters ({@code status=ready&status=failed}).
 */
public final class ContractRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> formFields = new LinkedHashMap<>();
    private String contentType;
    private String jsonBody;

    private ContractRequest(String method, String path) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
    }

    /**
     * @param pathAndQuery e.g. {@code /v1.3/tasks?status=ready&page=2} or {@code /tasks/abc};
     *     a leading {@code /v1.2} or {@code /v1.3} is dropped, the query is URL-decoded
     */
    public static ContractRequest of(String method, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        ContractRequest r = new ContractRequest(method, stripVersion(path));
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                r.queryParam(name, value);
            }
        }
        return r;
    }

    static String stripVersion(String path) {
        return path.replaceFirst("^/v1\\.[0-9]+(?=/|$)", "");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public ContractRequest queryParam(String name, String value) {
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    public ContractRequest header(String name, String value) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        if (name.equalsIgnoreCase("Content-Type")) {
            contentType = value;
        }
        return this;
    }

    /** Sets the {@code Content-Type} header, e.g. {@code multipart/form-data; boundary=x}. */
    public ContractRequest contentType(String value) {
        return header("Content-Type", value);
    }

    /** A text part of a multipart/form-data body. */
    public ContractRequest formField(String name, String value) {
        formFields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** A file part of a multipart/form-data body; checked as {@code format: binary}. */
    public ContractRequest filePart(String name) {
        return formField(name, FILE_PLACEHOLDER);
    }

    public ContractRequest jsonBody(String json) {
        this.jsonBody = json;
        return this;
    }

    static final String FILE_PLACEHOLDER = "\u0000file\u0000";

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public Map<String, List<String>> formFields() {
        return formFields;
    }

    public String contentType() {
        return contentType;
    }

    public String jsonBody() {
        return jsonBody;
    }

    boolean hasBody() {
        return !formFields.isEmpty() || jsonBody != null;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
