package io.reeldrop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.api.ApiVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extraction on a small vendor-like document, so it is proven without the vendor's files. */
class ContractExtractorTest {

    /** The v1.2 scope's paths, each with a trivial operation; the tasks ones carry the interesting parts. */
    private static final String VENDOR = """
            openapi: 3.1.0
            info: {title: Vendor API, version: 1.2.0, description: Long prose.}
            x-readme: {explorer-enabled: true}
            servers: [{url: 'https://api.example.test/v1.2', description: Production}]
            paths:
              /tasks:
                get:
                  summary: List tasks
                  operationId: list-tasks
                  tags: [Tasks]
                  parameters:
                    - $ref: '#/components/parameters/page'
                    - name: status
                      in: query
                      description: Filter by status.
                      example: ready
                      schema: {type: string, enum: [ready, failed], default: ready}
                  responses:
                    '200':
                      description: The tasks.
                      headers:
                        x-ratelimit-limit: {description: Requests allowed., schema: {type: integer}}
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/TaskList'}
                          examples: {one: {value: {data: []}}}
                    '400': {$ref: '#/components/responses/genericError'}
                post: {responses: {'200': {description: ok}}}
              /tasks/{task_id}: {get: {responses: {'200': {description: ok}}}, delete: {responses: {'204': {description: gone}}}}
              /tasks/status: {get: {summary: Not used by ReelDrop}}
              /indexes: {get: {responses: {}}, post: {responses: {}}}
              /indexes/{index-id}: {get: {responses: {}}, put: {responses: {}}, delete: {responses: {}}}
              /indexes/{index-id}/videos: {get: {responses: {}}}
              /indexes/{index-id}/videos/{video-id}: {get: {responses: {}}, delete: {responses: {}}}
            components:
              parameters:
                page: {name: page, in: query, schema: {type: integer, minimum: 1}, x-fern-name: pageNumber}
              responses:
                genericError:
                  description: The request has failed.
                  content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
              schemas:
                TaskList:
                  type: object
                  title: Task list
                  properties:
                    data: {type: array, items: {$ref: '#/components/schemas/Task'}}
                Task:
                  type: object
                  required: [_id, description]
                  properties:
                    _id: {type: string, description: The id., example: abc}
                    description: {type: string, description: A property that happens to be called description.}
                    x-origin: {type: string}
                    status: {$ref: '#/components/schemas/Status'}
                Status: {type: string, enum: [ready, failed, 'true', '10']}
                Error: {type: object, properties: {code: {type: string}}, examples: [{code: x}]}
                Unused: {type: object}
            """;

    private static JsonNode vendor() throws IOException {
        return ContractExtractor.readYaml(new ByteArrayInputStream(VENDOR.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheFactsAndDropsTheProse() throws IOException {
        JsonNode contract = ContractExtractor.extract(vendor(), ApiVersion.V1_2);
        JsonNode list = contract.at("/paths/~1tasks/get");
        assertEquals(List.of("parameters", "responses"), names(list));
        JsonNode status = list.at("/parameters/1");
        assertEquals("{\"in\":\"query\",\"name\":\"status\",\"schema\":{\"default\":\"ready\",\"enum\":[\"ready\",\"failed\"],"
                + "\"type\":\"string\"}}", status.toString());
        JsonNode ok = list.at("/responses/200");
        assertEquals("", ok.get("description").asText(), "a response keeps the description OpenAPI requires, empty");
        assertEquals("{\"schema\":{\"type\":\"integer\"}}", ok.at("/headers/x-ratelimit-limit").toString());
        assertEquals(List.of("schema"), names(ok.at("/content/application~1json")));
        JsonNode task = contract.at("/components/schemas/Task");
        assertEquals(List.of("_id", "description", "status", "x-origin"), names(task.get("properties")),
                "properties named like prose keywords are names, not prose");
        assertEquals("{\"type\":\"string\"}", task.at("/properties/_id").toString());
        assertEquals("[\"_id\",\"description\"]", task.get("required").toString());
        assertFalse(contract.at("/components/schemas/TaskList").has("title"));
        assertEquals("{\"in\":\"query\",\"name\":\"page\",\"schema\":{\"minimum\":1,\"type\":\"integer\"}}",
                contract.at("/components/parameters/page").toString());
        assertEquals("{\"url\":\"https://api.example.test/v1.2\"}", contract.at("/servers/0").toString());
        assertFalse(contract.has("x-readme"));
        assertEquals("1.2", contract.at("/info/version").asText());
    }

    @Test
    void keepsOnlyTheScopeAndEverythingItReferencesTransitively() throws IOException {
        JsonNode contract = ContractExtractor.extract(vendor(), ApiVersion.V1_2);
        assertFalse(contract.at("/paths").has("/tasks/status"));
        assertEquals(List.of("Error", "Status", "Task", "TaskList"), names(contract.at("/components/schemas")),
                "TaskList -> Task -> Status, genericError -> Error; Unused is left out");
        assertEquals(List.of("genericError"), names(contract.at("/components/responses")));
    }

    @Test
    void refusesAScopeTheVendorDoesNotHaveAndReferencesItCannotKeep() throws IOException {
        ObjectNode noDelete = (ObjectNode) vendor();
        ((ObjectNode) noDelete.at("/paths/~1tasks~1{task_id}")).remove("delete");
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ContractExtractor.extract(noDelete, ApiVersion.V1_2));
        assertEquals("The vendor's spec has no operation delete /tasks/{task_id}.", missing.getMessage());

        ObjectNode remote = (ObjectNode) vendor();
        ((ObjectNode) remote.at("/components/schemas/Task/properties/status")).put("$ref", "other.yaml#/Status");
        IllegalStateException notLocal = assertThrows(IllegalStateException.class,
                () -> ContractExtractor.extract(remote, ApiVersion.V1_2));
        assertTrue(notLocal.getMessage().contains("other.yaml#/Status"), notLocal.getMessage());

        ObjectNode dangling = (ObjectNode) vendor();
        ((ObjectNode) dangling.at("/components/schemas")).remove("Status");
        assertEquals("The vendor's spec has no #/components/schemas/Status.", assertThrows(IllegalStateException.class,
                () -> ContractExtractor.extract(dangling, ApiVersion.V1_2)).getMessage());
    }

    @Test
    void theWrittenYamlReadsBackAsTheSameTree() throws IOException {
        JsonNode contract = ContractExtractor.extract(vendor(), ApiVersion.V1_2);
        String yaml = ContractExtractor.toYaml(contract, ApiVersion.V1_2);
        assertTrue(yaml.startsWith("# ReelDrop's own contract for the Twelve Labs API v1.2"), yaml);
        assertTrue(yaml.contains("- \"true\"") && yaml.contains("- \"10\""), "strings that look like values stay strings");
        assertEquals(contract, ContractExtractor.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        for (ApiVersion version : ApiVersion.values()) {
            JsonNode committed = ContractDriftTest.committed(version);
            String again = ContractExtractor.toYaml(committed, version);
            assertEquals(committed, ContractExtractor.readYaml(new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8))));
        }
    }

    private static List<String> names(JsonNode node) {
        return node.propertyStream().map(e -> e.getKey()).toList();
    }
}
