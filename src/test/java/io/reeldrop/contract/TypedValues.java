package io.reeldrop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Turns the text of a query parameter or form field into the JSON value its schema expects,
 * so that the schema check can judge it. Text that does not parse stays text, which the schema
 * then rejects with a message naming the expected type.
 */
final class TypedValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TypedValues() {
    }

    static JsonNode of(String text, JsonNode schema) {
        String type = schema.path("type").asText("string");
        try {
            switch (type) {
                case "integer":
                    return NODES.numberNode(new BigInteger(text.strip()));
                case "number":
                    return NODES.numberNode(new BigDecimal(text.strip()));
                case "boolean":
                    if (text.equals("true") || text.equals("false")) {
                        return NODES.booleanNode(Boolean.parseBoolean(text));
                    }
                    return NODES.textNode(text);
                default:
                    return NODES.textNode(text);
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    static ArrayNode array(List<String> texts, JsonNode itemSchema) {
        ArrayNode array = NODES.arrayNode();
        texts.forEach(t -> array.add(of(t, itemSchema)));
        return array;
    }
}
