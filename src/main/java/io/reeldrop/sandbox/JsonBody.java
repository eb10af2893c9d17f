package io.reeldrop.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads fields of a JSON request body the way the service checks them: missing, wrong type, out of range. */
final class JsonBody {

    private JsonBody() {
    }

    static JsonNode object(byte[] body) {
        return IndexRoutes.parseJson(body);
    }

    static String text(JsonNode json, String field, boolean required) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.notProvided(field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.invalid(field + " must be a string.");
        }
        return value.asText();
    }

    static long integer(JsonNode json, String field, long min, long max) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.notProvided(field);
        }
        if (!value.isIntegralNumber()) {
            throw ApiError.invalid(field + " must be a whole number, was " + value + ".");
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw ApiError.invalid(field + " must be between " + min + " and " + max + ", was " + number + ".");
        }
        return number;
    }

    static Boolean bool(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw ApiError.invalid(field + " must be true or false, was " + value + ".");
        }
        return value.asBoolean();
    }
}
