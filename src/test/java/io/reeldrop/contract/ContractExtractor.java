package io.reeldrop.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.reeldrop.api.ApiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the project's contract from the vendor's OpenAPI files: the operations of
 * {@link ContractScope}, every component they {@code $ref} (transitively), and nothing of the
 * vendor's prose ({@link ProseFilter}). The committed {@code src/test/resources/contract/*.yaml}
 * are its output; {@code ContractDriftTest} runs the same extraction and compares.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.contract.ContractExtractor -Dexec.args="VENDOR_FOLDER"
 * </pre>
 */
public final class ContractExtractor {

    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COMPONENTS = "#/components/";

    private ContractExtractor() {
    }

    /** Writes openapi-1.2.yaml and openapi-1.3.yaml from {@code args[0]} (the vendor's folder) into {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ContractExtractor VENDOR_SPEC_FOLDER [OUTPUT_FOLDER (default src/test/resources/contract)]");
            System.exit(2);
        }
        Path vendor = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "src/test/resources/contract");
        Files.createDirectories(out);
        for (ApiVersion version : ApiVersion.values()) {
            JsonNode contract = extract(readYaml(vendor.resolve(ApiContract.fileName(version))), version);
            Path target = out.resolve(ApiContract.fileName(version));
            Files.writeString(target, toYaml(contract, version));
            System.out.println("wrote " + target + " (" + contract.path("paths").size() + " paths, "
                    + countComponents(contract) + " components)");
        }
    }

    static JsonNode readYaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readYaml(in);
        }
    }

    static JsonNode readYaml(InputStream in) throws IOException {
        return YAML.readTree(in);
    }

    /** The contract of {@code version} taken from {@code vendor}, the vendor's whole document. */
    static ObjectNode extract(JsonNode vendor, ApiVersion version) {
        ObjectNode paths = NODES.objectNode();
        new TreeMap<>(ContractScope.operations(version)).forEach((template, methods) ->
                paths.set(template, pathItem(vendor, template, methods)));

        ObjectNode contract = NODES.objectNode();
        contract.put("openapi", vendor.path("openapi").asText());
        contract.putObject("info")
                .put("title", "ReelDrop's contract: the part of the Twelve Labs API " + version.pathSegment() + " it uses")
                .put("version", version.pathSegment().substring(1));
        for (String key : List.of("servers", "security")) {
            if (vendor.has(key)) {
                contract.set(key, ProseFilter.keywords(NODES.objectNode().set(key, vendor.get(key))).get(key));
            }
        }
        contract.set("paths", paths);
        contract.set("components", components(vendor, contract));
        checkRefsResolve(contract);
        return contract;
    }

    private static JsonNode pathItem(JsonNode vendor, String template, List<String> methods) {
        JsonNode item = vendor.path("paths").get(template);
        if (item == null) {
            throw new IllegalStateException("The vendor's spec has no path " + template + ".");
        }
        ObjectNode kept = NODES.objectNode();
        if (item.has("parameters")) {
            kept.set("parameters", item.get("parameters"));
        }
        for (String method : methods) {
            if (!item.has(method)) {
                throw new IllegalStateException("The vendor's spec has no operation " + method + " " + template + ".");
            }
            kept.set(method, item.get(method));
        }
        return ProseFilter.keywords(kept);
    }

    /** Every component reachable from the paths, the security requirements and {@link ContractScope#EXTRA_REFS}. */
    private static ObjectNode components(JsonNode vendor, JsonNode contract) {
        Map<String, Map<String, JsonNode>> found = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>(ContractScope.EXTRA_REFS);
        collectRefs(contract, pending);
        Set<String> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String ref = pending.pop();
            if (!seen.add(ref)) {
                continue;
            }
            JsonPointer pointer = componentPointer(ref);
            JsonNode component = vendor.at(pointer);
            if (component.isMissingNode()) {
                throw new IllegalStateException("The vendor's spec has no " + ref + ".");
            }
            String type = pointer.tail().getMatchingProperty();
            String name = pointer.tail().tail().getMatchingProperty();
            JsonNode clean = ProseFilter.component(type, component);
            found.computeIfAbsent(type, t -> new TreeMap<>()).put(name, clean);
            collectRefs(clean, pending);
        }
        ObjectNode components = NODES.objectNode();
        found.forEach((type, byName) -> {
            ObjectNode ofType = components.putObject(type);
            byName.forEach(ofType::set);
        });
        return components;
    }

    /** {@code #/components/schemas/Task/properties/x} -> the pointer of the whole {@code Task}. */
    private static JsonPointer componentPointer(String ref) {
        if (!ref.startsWith(COMPONENTS)) {
            throw new IllegalStateException("Only references into #/components/ can be kept, found " + ref + ".");
        }
        JsonPointer typeAt = JsonPointer.compile(ref.substring(1)).tail();
        JsonPointer nameAt = typeAt == null ? null : typeAt.tail();
        if (nameAt == null || nameAt.matches()) {
            throw new IllegalStateException("The reference " + ref + " names no component.");
        }
        return JsonPointer.compile("/components/" + escape(typeAt.getMatchingProperty()) + "/"
                + escape(nameAt.getMatchingProperty()));
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static void collectRefs(JsonNode node, Deque<String> pending) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    pending.add(field.getValue().asText());
                } else if (field.getKey().equals("security") && field.getValue().isArray()) {
                    field.getValue().forEach(requirement -> requirement.fieldNames()
                            .forEachRemaining(scheme -> pending.add(COMPONENTS + "securitySchemes/" + escape(scheme))));
                } else {
                    collectRefs(field.getValue(), pending);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, pending));
        }
    }

    private static void checkRefsResolve(JsonNode contract) {
        Deque<String> refs = new ArrayDeque<>();
        collectRefs(contract, refs);
        for (String ref : refs) {
            if (contract.at(ref.substring(1)).isMissingNode()) {
                throw new IllegalStateException("The extracted contract cannot resolve " + ref + ".");
            }
        }
    }

    private static int countComponents(JsonNode contract) {
        int count = 0;
        for (JsonNode byType : contract.path("components")) {
            count += byType.size();
        }
        return count;
    }

    /** The file as committed: a header saying where it comes from, then the tree. */
    static String toYaml(JsonNode contract, ApiVersion version) throws IOException {
        String header = """
                # ReelDrop's own contract for the Twelve Labs API %s: the operations it sends and
                # reads, with their parameters, bodies, responses and schemas, as facts taken from the
                # vendor's OpenAPI file without its prose. Generated by
                # src/test/java/io/reeldrop/contract/ContractExtractor.java (scope: ContractScope.java);
                # do not edit by hand. ContractDriftTest compares it with the vendor's file when present.
                """.formatted(version.pathSegment());
        return header + new String(YAML.writeValueAsBytes(contract), StandardCharsets.UTF_8);
    }
}
