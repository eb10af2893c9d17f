package io.reeldrop.tracking.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.reeldrop.api.TaskStatus;
import java.io.IOException;

/** The one Jackson set-up for the history file, so reading and writing always agree. */
final class HistoryJson {

    private HistoryJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule statuses = new SimpleModule("task-status");
        // A status is stored as its plain text, the way the API spells it.
        statuses.addSerializer(TaskStatus.class, new JsonSerializer<>() {
            @Override
            public void serialize(TaskStatus value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(value.value());
            }
        });
        statuses.addDeserializer(TaskStatus.class, new JsonDeserializer<>() {
            @Override
            public TaskStatus deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
                return TaskStatus.of(parser.getValueAsString());
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(statuses)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // A newer build may add fields; an older one keeps reading what it knows.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
