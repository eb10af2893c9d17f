package io.reeldrop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One OpenAPI document (the project's contract, from the test classpath) as a Jackson tree,
 * with the two things a checker needs: find the operation for a method and a concrete path,
 * and follow local {@code $ref}s.
 */
final class SpecDocument {

    /** A matched operation and the JSON pointer where it lives (for schema locations). */
    record Operation(String template, String method, JsonNode node, JsonNode pathItem) {
    }

    private record PathPattern(String template, Pattern regex, int variables) {
    }

    private final JsonNode root;
    private final List<PathPattern> patterns = new ArrayList<>();

    private SpecDocument(JsonNode root) {
        this.root = root;
        for (Iterator<String> it = root.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            int vars = template.split("\\{", -1).length - 1;
            patterns.add(new PathPattern(template, Pattern.compile(regex), vars));
        }
        // A literal path (/tasks/status) must win over a template that also matches it.
        patterns.sort(Comparator.comparingInt(PathPattern::variables));
    }

    /** Reads the classpath resource {@code resource}, e.g. {@code /contract/openapi-1.3.yaml}. */
    static SpecDocument load(String resource) {
        try (InputStream in = SpecDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + resource + " is not on the test classpath;"
                        + " it belongs in src/test/resources" + resource + " (see ContractExtractor).");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (root == null || !root.has("paths")) {
                throw new IllegalStateException(resource + " is not an OpenAPI document (no paths).");
            }
            return new SpecDocument(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + resource, e);
        }
    }

    JsonNode root() {
        return root;
    }

    Optional<String> matchTemplate(String path) {
        return patterns.stream().filter(p -> p.regex.matcher(path).matches())
                .map(PathPattern::template).findFirst();
    }

    Optional<Operation> operation(String method, String path) {
        return matchTemplate(path).flatMap(t -> {
            JsonNode item = root.path("paths").path(t);
            JsonNode op = item.path(method.toLowerCase(Locale.ROOT));
            return op.isObject() ? Optional.of(new Operation(t, method, op, item)) : Optional.empty();
        });
    }

    /** Follows {@code $ref} chains inside this document; returns the node itself otherwise. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            current = root.at(pointerOf(current.get("$ref").asText()));
        }
        return current;
    }

    /** The JSON pointer of a local reference such as {@code #/components/schemas/Index}. */
    static String pointerOf(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("Only local $ref are supported, got " + ref);
        }
        return ref.substring(1);
    }
}
