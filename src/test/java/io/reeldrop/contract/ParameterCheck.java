package io.reeldrop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Query and header parameters of one request against its operation's declared parameters. */
final class ParameterCheck {

    private final SpecDocument spec;
    private final SchemaChecker schemas;
    private final SpecDocument.Operation op;
    private final ContractRequest request;
    private final List<String> problems;

    ParameterCheck(SpecDocument spec, SchemaChecker schemas, SpecDocument.Operation op,
                   ContractRequest request, List<String> problems) {
        this.spec = spec;
        this.schemas = schemas;
        this.op = op;
        this.request = request;
        this.problems = problems;
    }

    void run() {
        Map<String, JsonNode> declaredQuery = new LinkedHashMap<>();
        for (JsonNode p : declared()) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            if (in.equals("query")) {
                declaredQuery.put(name, p);
                checkQuery(name, p);
            } else if (in.equals("header")) {
                checkHeader(name, p);
            }
        }
        for (String sent : request.query().keySet()) {
            if (!declaredQuery.containsKey(sent)) {
                problems.add("query parameter '" + sent + "' is not declared for " + where()
                        + " (declared: " + String.join(", ", declaredQuery.keySet()) + ")");
            }
        }
    }

    /** Path-level parameters first, then the operation's, which override by (name, in). */
    private List<JsonNode> declared() {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode list : List.of(op.pathItem().path("parameters"), op.node().path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode p = spec.resolve(raw);
                byKey.put(p.path("in").asText() + ":" + p.path("name").asText(), p);
            }
        }
        return List.copyOf(byKey.values());
    }

    private void checkQuery(String name, JsonNode param) {
        List<String> values = request.query().get(name);
        if (values == null) {
            if (param.path("required").asBoolean(false)) {
                problems.add("required query parameter '" + name + "' is missing for " + where());
            }
            return;
        }
        JsonNode schema = spec.resolve(param.path("schema"));
        boolean array = "array".equals(schema.path("type").asText());
        if (!array && values.size() > 1) {
            problems.add("query parameter '" + name + "' is repeated but " + where() + " takes one value");
        }
        JsonNode value = array
                ? TypedValues.array(values, spec.resolve(schema.path("items")))
                : TypedValues.of(values.get(0), schema);
        for (String problem : schemas.validate(schema, value)) {
            problems.add("query parameter '" + name + "': " + problem);
        }
    }

    private void checkHeader(String name, JsonNode param) {
        if (!param.path("required").asBoolean(false)) {
            return;
        }
        Set<String> sent = new HashSet<>();
        request.headers().keySet().forEach(h -> sent.add(h.toLowerCase(Locale.ROOT)));
        if (!sent.contains(name.toLowerCase(Locale.ROOT))) {
            problems.add("required header '" + name + "' is missing for " + where());
        }
    }

    private String where() {
        return request.method() + " " + op.template();
    }
}
