package io.reeldrop.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The body and content type of one request against its operation's {@code requestBody}. */
final class BodyCheck {

    private final SpecDocument spec;
    private final SchemaChecker schemas;
    private final SpecDocument.Operation op;
    private final ContractRequest request;
    private final List<String> problems;

    BodyCheck(SpecDocument spec, SchemaChecker schemas, SpecDocument.Operation op,
              ContractRequest request, List<String> problems) {
        this.spec = spec;
        this.schemas = schemas;
        this.op = op;
        this.request = request;
        this.problems = problems;
    }

    void run() {
        JsonNode body = op.node().has("requestBody") ? spec.resolve(op.node().get("requestBody")) : null;
        if (body == null) {
            if (request.hasBody()) {
                problems.add(where() + " takes no request body");
            }
            return;
        }
        if (!request.hasBody()) {
            if (body.path("required").asBoolean(false)) {
                problems.add(where() + " requires a request body");
            }
            return;
        }
        String mediaType = mediaType(request.contentType());
        JsonNode media = body.path("content").get(mediaType);
        if (media == null) {
            problems.add("content type '" + request.contentType() + "' is not accepted by " + where()
                    + " (accepted: " + ApiContract.fieldNames(body.path("content")) + ")");
            return;
        }
        JsonNode schema = spec.resolve(media.path("schema"));
        if (mediaType.equals("multipart/form-data")) {
            checkForm(schema);
        } else if (request.jsonBody() != null) {
            checkJson(media.path("schema"));
        }
    }

    private void checkForm(JsonNode schema) {
        if (mediaType(request.contentType()).equals("multipart/form-data")
                && !request.contentType().toLowerCase(Locale.ROOT).contains("boundary=")) {
            problems.add("multipart/form-data content type without a boundary parameter");
        }
        JsonNode properties = schema.path("properties");
        ObjectNode asJson = new ObjectMapper().createObjectNode();
        for (Map.Entry<String, List<String>> field : request.formFields().entrySet()) {
            String name = field.getKey();
            JsonNode property = properties.get(name);
            if (property == null) {
                problems.add("form field '" + name + "' is not declared for " + where()
                        + " (declared: " + ApiContract.fieldNames(properties) + ")");
                continue;
            }
            if (field.getValue().size() > 1) {
                problems.add("form field '" + name + "' is sent " + field.getValue().size() + " times");
            }
            property = spec.resolve(property);
            String value = field.getValue().get(0);
            boolean binary = "binary".equals(property.path("format").asText());
            if (value.equals(ContractRequest.FILE_PLACEHOLDER) && !binary) {
                problems.add("form field '" + name + "' is sent as a file but is not a binary field");
            } else if (binary && !value.equals(ContractRequest.FILE_PLACEHOLDER)) {
                problems.add("form field '" + name + "' is a file field but was sent as text");
            }
            asJson.set(name, binary ? asJson.textNode("binary") : TypedValues.of(value, property));
        }
        for (String problem : schemas.validate(schema, asJson)) {
            problems.add("form: " + problem);
        }
    }

    private void checkJson(JsonNode schema) {
        try {
            JsonNode parsed = new ObjectMapper().readTree(request.jsonBody());
            problems.addAll(schemas.validate(schema, parsed));
        } catch (JsonProcessingException e) {
            problems.add("the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private String where() {
        return request.method() + " " + op.template();
    }
}
