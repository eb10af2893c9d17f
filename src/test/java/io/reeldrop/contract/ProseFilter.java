package io.reeldrop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Copies a piece of an OpenAPI document without its prose and vendor extensions, with object
 * keys sorted so the written file is stable.
 *
 * <p>Why it tracks where it is: a key is prose only where it is a keyword. A schema property
 * named {@code description} or a header named {@code x-api-key} is a name and stays. So each
 * object is either a keyword object (schema, operation, parameter...) or a map of names
 * ({@code properties}, {@code paths}, {@code responses}, {@code content}...), decided by the key
 * that holds it.
 */
final class ProseFilter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Keywords that only explain or illustrate. {@code operationId} and {@code tags} only organise the vendor's docs. */
    private static final Set<String> PROSE = Set.of("description", "summary", "title", "example", "examples",
            "externalDocs", "$comment", "operationId", "tags");

    /** Keywords whose value is an object keyed by names, not by keywords. */
    private static final Set<String> NAME_MAPS = Set.of("paths", "properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas", "schemas", "parameters", "responses", "requestBodies",
            "headers", "content", "encoding", "securitySchemes", "links", "callbacks", "variables", "mapping");

    /** Keywords whose value is data (enum members, defaults), copied as it is. */
    private static final Set<String> VALUES = Set.of("enum", "const", "default", "required");

    private ProseFilter() {
    }

    /** {@code node} as a keyword object (a path item, an operation, a schema...), without prose. */
    static JsonNode keywords(JsonNode node) {
        return keywordObject(node, false);
    }

    /** A member of {@code components/<type>}, without prose. */
    static JsonNode component(String type, JsonNode node) {
        return keywordObject(node, type.equals("responses"));
    }

    private static JsonNode keywordObject(JsonNode node, boolean isResponse) {
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        // OpenAPI requires a description on every response; an empty one carries no prose.
        if (isResponse && !node.has("$ref")) {
            out.put("description", "");
        }
        for (String key : sortedKeys(node)) {
            if (PROSE.contains(key) || key.startsWith("x-")) {
                continue;
            }
            JsonNode value = node.get(key);
            if (VALUES.contains(key)) {
                out.set(key, value.deepCopy());
            } else if (NAME_MAPS.contains(key) && value.isObject()) {
                out.set(key, nameMap(value, key.equals("responses")));
            } else if (value.isArray()) {
                out.set(key, array((ArrayNode) value, key.equals("security")));
            } else {
                out.set(key, keywordObject(value, false));
            }
        }
        return out;
    }

    private static ObjectNode nameMap(JsonNode node, boolean responses) {
        ObjectNode out = NODES.objectNode();
        for (String name : sortedKeys(node)) {
            out.set(name, keywordObject(node.get(name), responses));
        }
        return out;
    }

    /** Security requirements are maps of scheme names ({@code x-api-key: []}); other arrays hold keyword objects. */
    private static ArrayNode array(ArrayNode array, boolean securityRequirements) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode item : array) {
            out.add(securityRequirements && item.isObject() ? nameMap(item, false) : keywordObject(item, false));
        }
        return out;
    }

    private static List<String> sortedKeys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        Collections.sort(keys);
        return keys;
    }
}
