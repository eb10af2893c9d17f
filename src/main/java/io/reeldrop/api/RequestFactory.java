package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Builds the HTTP requests of each operation: URL, query, headers and multipart body, as the
 * specs describe them. The key header is added here and only for the configured origin.
 */
final class RequestFactory {

    static final String KEY_HEADER = "x-api-key";
    static final ContentType FIELD = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);

    private final ApiConfig config;
    private final ApiVersion version;

    RequestFactory(ApiConfig config) {
        this.config = config;
        this.version = config.version();
    }

    HttpUriRequestBase get(List<NameValuePair> query, String... segments) {
        return withHeaders(new HttpGet(uri(query, segments)));
    }

    HttpUriRequestBase delete(String... segments) {
        return withHeaders(new HttpDelete(uri(List.of(), segments)));
    }

    HttpUriRequestBase postJson(JsonNode body, String... segments) {
        return withJson(new HttpPost(uri(List.of(), segments)), body);
    }

    HttpUriRequestBase patchJson(JsonNode body, String... segments) {
        return withJson(new HttpPatch(uri(List.of(), segments)), body);
    }

    private HttpUriRequestBase withJson(HttpUriRequestBase request, JsonNode body) {
        request.setEntity(new StringEntity(body.toString(), ContentType.APPLICATION_JSON));
        return withHeaders(request);
    }

    /** A fresh request each call: a retried attempt must not reuse a consumed body. */
    HttpUriRequestBase createTask(CreateTaskRequest task, UploadProgress progress) {
        MultipartEntityBuilder form = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY).setCharset(StandardCharsets.UTF_8);
        form.addTextBody("index_id", task.indexId(), FIELD);
        if (task.videoUrl() != null) {
            form.addTextBody("video_url", task.videoUrl().toString(), FIELD);
        }
        if (task.language() != null && version.takesLanguage()) {
            form.addTextBody("language", task.language(), FIELD);
        }
        if (task.enableVideoStream() != null) {
            boolean enable = task.enableVideoStream();
            if (version == ApiVersion.V1_2) {
                form.addTextBody("disable_video_stream", String.valueOf(!enable), FIELD);
            } else {
                form.addTextBody("enable_video_stream", String.valueOf(enable), FIELD);
            }
        }
        if (task.userMetadataJson() != null && version != ApiVersion.V1_2) {
            form.addTextBody("user_metadata", task.userMetadataJson(), FIELD);
        }
        HttpPost post = new HttpPost(uri(List.of(), "tasks"));
        if (task.videoFile() != null) {
            form.addPart("video_file", new FileBody(task.videoFile().toFile(), ContentType.APPLICATION_OCTET_STREAM,
                    task.videoFile().getFileName().toString()));
            post.setEntity(new ProgressEntity(form.build(), progress));
            post.setConfig(HttpTransport.requestConfig(config, true));
        } else {
            post.setEntity(form.build());
        }
        post.addHeader(KEY_HEADER, config.apiKey().reveal());
        post.addHeader("Accept", "application/json");
        return post;
    }

    /** {@code POST /indexes} with the version's names for the model list and its fields. */
    HttpUriRequestBase createIndex(CreateIndexRequest index) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("index_name", index.name());
        ArrayNode models = body.putArray(IndexModels.listField(version));
        for (IndexModel m : index.models()) {
            ObjectNode model = models.addObject().put(IndexModels.nameField(version), m.name());
            m.options().forEach(model.putArray(IndexModels.optionsField(version))::add);
        }
        if (!index.addons().isEmpty()) {
            index.addons().forEach(body.putArray("addons")::add);
        }
        return postJson(body, "indexes");
    }

    /** The query of {@code GET /tasks}; v1.2 has no status filter, so the caller filters instead. */
    List<NameValuePair> taskQuery(TaskQuery q) {
        List<NameValuePair> params = new ArrayList<>();
        add(params, "page", q.page());
        add(params, "page_limit", q.pageLimit());
        if (q.sortBy() != null) {
            add(params, "sort_by", q.sortBy().name().toLowerCase(Locale.ROOT));
        }
        if (q.sortOption() != null) {
            add(params, "sort_option", q.sortOption().name().toLowerCase(Locale.ROOT));
        }
        add(params, "index_id", q.indexId());
        if (version != ApiVersion.V1_2) {
            q.statuses().forEach(s -> add(params, "status", s.value()));
        }
        add(params, "filename", q.filename());
        add(params, "created_at", q.createdAt() == null ? null : Rfc3339.format(q.createdAt()));
        add(params, "updated_at", q.updatedAt() == null ? null : Rfc3339.format(q.updatedAt()));
        return params;
    }

    static List<NameValuePair> pageQuery(int page, int pageLimit) {
        return List.of(new BasicNameValuePair("page", String.valueOf(page)),
                new BasicNameValuePair("page_limit", String.valueOf(pageLimit)));
    }

    /** The same request sent to a same-origin redirect target. */
    HttpUriRequestBase redirected(HttpUriRequestBase original, URI target) {
        HttpUriRequestBase copy = new HttpUriRequestBase(original.getMethod(), target);
        copy.setHeaders(original.getHeaders());
        return copy;
    }

    boolean isConfiguredOrigin(URI uri) {
        URI base = config.baseUrl();
        return base.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
                && base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                && HttpTransport.port(base.getScheme(), base.getPort()) == HttpTransport.port(uri.getScheme(), uri.getPort());
    }

    /** {@code GET /v1.3/tasks/abc?page=2}: how a request is named in messages (never the key). */
    static String display(HttpUriRequestBase request) {
        try {
            URI uri = request.getUri();
            return request.getMethod() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return request.getMethod() + " " + request.getRequestUri();
        }
    }

    /** The key and the JSON headers every call of the API carries. */
    HttpUriRequestBase withHeaders(HttpUriRequestBase request) {
        request.addHeader(KEY_HEADER, config.apiKey().reveal());
        request.addHeader("Accept", "application/json");
        // Both specs declare Content-Type: application/json as a required header on every call.
        request.addHeader("Content-Type", "application/json");
        return request;
    }

    URI uri(List<NameValuePair> query, String... segments) {
        try {
            URIBuilder builder = new URIBuilder(config.baseUrl());
            List<String> path = new ArrayList<>(builder.getPathSegments());
            path.removeIf(String::isEmpty);
            path.addAll(List.of(segments));
            builder.setPathSegments(path);
            if (!query.isEmpty()) {
                builder.addParameters(query);
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build a request URL from " + config.baseUrl(), e);
        }
    }

    static void add(List<NameValuePair> params, String name, Object value) {
        if (value != null) {
            params.add(new BasicNameValuePair(name, value.toString()));
        }
    }
}
