package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Lenient field access for the readers: a field that is absent, null or of an unexpected type
 * reads as null (the API omits fields freely between versions), except where a reader says a
 * field is required.
 */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /** A field the answer cannot do without; {@code what} names the object in the message. */
    static String requiredText(JsonNode node, String field, String what) throws UnreadableAnswer {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new UnreadableAnswer(what + " has no \"" + field + "\"");
        }
        if (!v.isTextual()) {
            throw new UnreadableAnswer(what + " has a \"" + field + "\" that is a JSON "
                    + BodyDescription.kind(v) + ", not text");
        }
        if (v.asText().isBlank()) {
            throw new UnreadableAnswer(what + " has an empty \"" + field + "\"");
        }
        return v.asText();
    }

    /**
     * An id the client will put in a URL path later: one that is too long, or could leave its
     * segment, is an answer the client cannot use, said now rather than at the next call.
     */
    static String requiredId(JsonNode node, String field, String what) throws UnreadableAnswer {
        String id = requiredText(node, field, what);
        if (id.length() > AssetsClient.MAX_ID_LENGTH || !AssetsClient.isUsableId(id)) {
            throw new UnreadableAnswer(what + " has a \"" + field + "\" that cannot be an ID (\""
                    + BodyDescription.quote(id) + "\")");
        }
        return id;
    }

    /** Null also for NaN and infinities ("NaN" as text, 1e400): no duration or size is either. */
    static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        Double d = null;
        if (v != null && v.isNumber()) {
            d = v.asDouble();
        } else if (v != null && v.isTextual()) {
            try {
                d = Double.parseDouble(v.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return d == null || !Double.isFinite(d) ? null : d;
    }

    static Integer integer(JsonNode node, String field) {
        Double d = number(node, field);
        return d == null || Math.abs(d) > Integer.MAX_VALUE ? null : (int) Math.round(d);
    }

    /** A whole number that fits a long (a size past 2 GB), else null: 5.5 is not a byte count. */
    static Long whole(JsonNode node, String field) {
        Double d = number(node, field);
        if (d == null || d != Math.rint(d) || Math.abs(d) >= 0x1p63) {
            return null;
        }
        JsonNode v = node.get(field);
        return v.canConvertToLong() && v.isIntegralNumber() ? v.asLong() : d.longValue();
    }

    static Instant time(JsonNode node, String field) {
        return Rfc3339.parseOrNull(text(node, field));
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isObject() ? v : null;
    }
}
