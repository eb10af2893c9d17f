package io.reeldrop.listing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.tracking.TrackedTask;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A sheet as one JSON array, one object per task keyed by column and field id. Streamed, so
 * 10,000 tasks never sit in memory as a tree. Empty cells are null; user metadata is an object.
 */
final class JsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonWriter() {
    }

    static void write(Writer out, TaskSheet sheet, List<TrackedTask> tasks) throws IOException {
        JsonGenerator json = JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
        for (TrackedTask t : tasks) {
            json.writeStartObject();
            for (TaskColumn c : sheet.columns()) {
                text(json, c.id(), c.text(t, sheet.context()));
            }
            for (ExtraField e : sheet.extras()) {
                if (e == ExtraField.USER_METADATA) {
                    json.writeFieldName(e.id());
                    writeMetadata(json, e.text(t));
                } else {
                    text(json, e.id(), e.text(t));
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    /** The metadata as an object when it parses as one; otherwise as the text it is. */
    private static void writeMetadata(JsonGenerator json, String text) throws IOException {
        if (text.isEmpty()) {
            json.writeNull();
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node != null && node.isObject()) {
            json.writeTree(node);
        } else {
            json.writeString(text);
        }
    }
}
