package io.reeldrop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates JSON values against schemas of one spec with networknt json-schema-validator
 * (JSON Schema 2020-12 plus the OpenAPI 3.1 dialect's annotation keywords such as
 * {@code example}).
 *
 * <p>Why a copy of the spec with an extra {@code x-reeldrop-schemas} member: inline schemas sit
 * under pointers like {@code /paths/~1tasks~1{task_id}/...} that are awkward in a URI fragment,
 * yet they {@code $ref} component schemas of the same document. Registering each inline schema
 * under a plain key of the same document keeps those references working.
 */
final class SchemaChecker {

    private static final String INLINE = "x-reeldrop-schemas";

    private final ObjectNode document;
    private final String documentIri;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<JsonNode, JsonSchema> cache = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    SchemaChecker(SpecDocument spec, String name) {
        this.document = spec.root().deepCopy();
        this.document.putObject(INLINE);
        this.documentIri = "https://reeldrop.invalid/specs/" + name + ".json";
        // The document's own members (openapi, paths, x-readme...) are not schema keywords;
        // treating unknown keywords as annotations keeps them from flooding the log.
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(l -> l.schemas(iri -> iri.equals(documentIri) ? render() : null)));
    }

    /** Synchronized with {@link #compile}: a lazy $ref lookup may render while another thread adds a key. */
    private synchronized String render() {
        try {
            return new ObjectMapper().writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Problems of {@code value} against {@code schema} (a node of this spec); empty if valid. */
    List<String> validate(JsonNode schema, JsonNode value) {
        JsonSchema compiled = cache.computeIfAbsent(schema, this::compile);
        return compiled.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private synchronized JsonSchema compile(JsonNode schema) {
        String key = "s" + counter.incrementAndGet();
        ((ObjectNode) document.get(INLINE)).set(key, schema);
        // A fresh factory view each time so the loader re-reads the document with the new key.
        JsonSchemaFactory fresh = JsonSchemaFactory.builder(factory)
                .schemaLoaders(l -> l.schemas(iri -> iri.equals(documentIri) ? render() : null))
                .build();
        return fresh.getSchema(SchemaLocation.of(documentIri + "#/" + INLINE + "/" + key), config);
    }
}
