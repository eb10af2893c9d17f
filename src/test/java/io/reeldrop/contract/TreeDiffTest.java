package io.reeldrop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.api.ApiVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison the drift test makes, on the committed contract against changed copies of
 * itself: every kind of change a vendor could make is found and named by its JSON pointer.
 */
class TreeDiffTest {

    private static List<String> drift(JsonNode vendor, JsonNode contract) {
        return TreeDiff.differences("the vendor's spec", vendor, "the contract", contract);
    }

    @Test
    void theSameContractHasNoDrift() throws IOException {
        JsonNode contract = ContractDriftTest.committed(ApiVersion.V1_3);
        assertEquals(List.of(), drift(contract.deepCopy(), contract));
    }

    @Test
    void everyChangeIsListedByItsPointer() throws IOException {
        JsonNode contract = ContractDriftTest.committed(ApiVersion.V1_3);
        ObjectNode vendor = contract.deepCopy();
        ((ArrayNode) vendor.at("/components/schemas/Asset/properties/status/enum")).add("archived");
        ((ArrayNode) vendor.at("/paths/~1assets/post/requestBody/content/multipart~1form-data/schema/required"))
                .add("filename");
        ((ObjectNode) vendor.at("/components/schemas/Asset/properties")).remove("filename");
        ((ObjectNode) vendor.at("/components/parameters/page/schema")).put("type", "string");
        ((ObjectNode) vendor.at("/paths/~1tasks~1{task_id}/delete/responses")).remove("204");

        assertEquals(List.of(
                "/components/parameters/page/schema/type: the vendor's spec has \"string\", the contract has \"integer\"",
                "/components/schemas/Asset/properties/filename: only in the contract: {\"type\":\"string\"}",
                "/components/schemas/Asset/properties/status/enum/3: only in the vendor's spec: \"archived\"",
                "/paths/~1assets/post/requestBody/content/multipart~1form-data/schema/required/1:"
                        + " only in the vendor's spec: \"filename\"",
                "/paths/~1tasks~1{task_id}/delete/responses/204: only in the contract:"
                        + " {\"$ref\":\"#/components/responses/noContentResponse\"}"),
                drift(vendor, contract));
    }

    @Test
    void keyOrderAndNumberTypesAreNotDrift() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertEquals(List.of(), drift(json.readTree("{\"a\":1,\"b\":[1.0,\"x\"]}"), json.readTree("{\"b\":[1,\"x\"],\"a\":1.00}")));
        assertEquals(List.of("/b/0: the vendor's spec has \"x\", the contract has 1", "/b/1: only in the vendor's spec: 2"),
                drift(json.readTree("{\"b\":[\"x\",2]}"), json.readTree("{\"b\":[1]}")));
        assertEquals(List.of("/: the vendor's spec has [], the contract has {}"), drift(json.readTree("[]"), json.readTree("{}")));
    }
}
