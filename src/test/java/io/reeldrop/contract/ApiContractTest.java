package io.reeldrop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: it accepts what the specs document and rejects what they do not. */
class ApiContractTest {

    private static final ApiContract V13 = ApiContract.forVersion(ApiVersion.V1_3);
    private static final ApiContract V12 = ApiContract.forVersion(ApiVersion.V1_2);

    private static ContractRequest createTask(String version) {
        return ContractRequest.of("POST", "/" + version + "/tasks")
                .contentType("multipart/form-data; boundary=xyz")
                .header("x-api-key", "k")
                .formField("index_id", "6298d673f1090f1100476d4c")
                .formField("video_url", "https://example.com/01.mp4");
    }

    @Test
    void acceptsADocumentedTaskResponse() {
        String body = """
                {"_id":"663da73b31cdd0c1f638a8e6","video_id":"v1","index_id":"i1","status":"ready",
                 "created_at":"2024-03-01T00:00:00Z","updated_at":"2024-03-01T00:00:00Z",
                 "system_metadata":{"duration":531.99,"filename":"01.mp4","height":480,"width":854}}""";
        assertEquals(List.of(), V13.checkResponse("GET", "/v1.3/tasks/663da73b31cdd0c1f638a8e6", 200, body));
    }

    @Test
    void rejectsAWrongTypeInAResponse() {
        List<String> problems = V13.checkResponse("GET", "/tasks/abc", 200,
                "{\"_id\":123,\"status\":\"ready\",\"system_metadata\":{\"width\":\"wide\"}}");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("_id") && problems.get(0).contains("string"), problems.toString());
        assertTrue(problems.get(1).contains("width") && problems.get(1).contains("integer"), problems.toString());
        AssertionError error = assertThrows(AssertionError.class,
                () -> V13.assertResponse("GET", "/tasks/abc", 200, "{\"_id\":123}"));
        assertTrue(error.getMessage().contains("breaks the OpenAPI contract"), error.getMessage());
    }

    @Test
    void rejectsWrongItemsInAListEnvelope() {
        String good = "{\"data\":[{\"_id\":\"a\",\"status\":\"ready\"}],"
                + "\"page_info\":{\"limit_per_page\":10,\"page\":1,\"total_page\":1,\"total_results\":1}}";
        assertEquals(List.of(), V12.checkResponse("GET", "/v1.2/tasks?page=1", 200, good));
        String bad = good.replace("\"total_page\":1", "\"total_page\":\"one\"");
        assertEquals(1, V12.checkResponse("GET", "/v1.2/tasks", 200, bad).size());
    }

    @Test
    void rejectsNonJsonEmptyAndUndocumentedStatus() {
        assertTrue(V13.checkResponse("GET", "/tasks/abc", 200, "<html>502</html>").get(0).contains("not JSON"));
        assertTrue(V13.checkResponse("GET", "/tasks/abc", 200, "").get(0).contains("empty"));
        assertTrue(V13.checkResponse("GET", "/tasks/abc", 201, "{}").get(0).contains("does not document status 201"));
        assertTrue(V13.checkResponse("GET", "/nowhere", 200, "{}").get(0).contains("no operation GET /nowhere"));
        assertEquals(List.of(), V13.checkResponse("DELETE", "/tasks/abc", 204, ""));
        assertTrue(V13.checkResponse("DELETE", "/tasks/abc", 204, "{}").get(0).contains("documents none"));
    }

    @Test
    void errorBodiesFollowTheGenericShape() {
        assertEquals(List.of(), V13.checkErrorBody("{\"code\":\"resource_not_exist\",\"message\":\"No task\"}"));
        assertEquals(1, V13.checkErrorBody("{\"code\":404,\"message\":\"No task\"}").size());
    }

    @Test
    void acceptsTheCreateTaskFormOfEachVersion() {
        assertEquals(List.of(), V13.checkRequest(createTask("v1.3")
                .formField("enable_video_stream", "true").formField("user_metadata", "{\"a\":1}")));
        assertEquals(List.of(), V12.checkRequest(createTask("v1.2")
                .formField("language", "en").formField("disable_video_stream", "false")));
        assertEquals(List.of(), V13.checkRequest(ContractRequest.of("POST", "/tasks")
                .contentType("multipart/form-data; boundary=b").header("x-api-key", "k")
                .formField("index_id", "i").filePart("video_file")));
    }

    @Test
    void rejectsFieldsOfTheOtherVersionAndBadValues() {
        List<String> language = V13.checkRequest(createTask("v1.3").formField("language", "en"));
        assertEquals(1, language.size(), language.toString());
        assertTrue(language.get(0).contains("form field 'language' is not declared"), language.toString());
        assertTrue(V12.checkRequest(createTask("v1.2").formField("enable_video_stream", "true"))
                .get(0).contains("'enable_video_stream' is not declared"));
        assertTrue(V13.checkRequest(createTask("v1.3").formField("enable_video_stream", "yes"))
                .get(0).contains("boolean"));
        List<String> noIndex = V13.checkRequest(ContractRequest.of("POST", "/tasks")
                .contentType("multipart/form-data; boundary=b").header("x-api-key", "k").formField("video_url", "u"));
        assertTrue(noIndex.get(0).contains("index_id"), noIndex.toString());
        assertTrue(V13.checkRequest(createTask("v1.3").contentType("application/json")).get(0)
                .contains("content type 'application/json' is not accepted"));
        assertTrue(V13.checkRequest(ContractRequest.of("POST", "/tasks").contentType("multipart/form-data")
                .formField("index_id", "i")).stream().anyMatch(p -> p.contains("without a boundary")));
    }

    @Test
    void checksQueryParametersAndRequiredHeaders() {
        ContractRequest good = ContractRequest.of("GET",
                        "/v1.3/tasks?page=2&page_limit=50&status=ready&status=failed&created_at=2024-03-01T00%3A00%3A00Z"
                                + "&sort_by=updated_at&sort_option=asc&index_id=i&filename=a.mp4")
                .contentType("application/json");
        assertEquals(List.of(), V13.checkRequest(good));
        assertTrue(V13.checkRequest(ContractRequest.of("GET", "/tasks?page=two").contentType("application/json"))
                .get(0).contains("'page'"));
        assertTrue(V13.checkRequest(ContractRequest.of("GET", "/tasks?status=done").contentType("application/json"))
                .get(0).contains("'status'"));
        assertTrue(V12.checkRequest(ContractRequest.of("GET", "/tasks?status=ready")
                        .contentType("application/json").header("x-api-key", "k"))
                .get(0).contains("'status' is not declared"));
        assertTrue(V13.checkRequest(ContractRequest.of("GET", "/tasks")).get(0)
                .contains("required header 'Content-Type' is missing"));
        assertTrue(V13.checkRequest(ContractRequest.of("GET", "/tasks?page=1&page=2").contentType("application/json"))
                .get(0).contains("repeated"));
    }

    private static ContractRequest json(String method, String path, String body) {
        return ContractRequest.of(method, path).contentType("application/json").jsonBody(body);
    }

    private static ContractRequest assetForm() {
        return ContractRequest.of("POST", "/v1.3/assets").contentType("multipart/form-data; boundary=b")
                .formField("method", "url").formField("url", "https://example.com/01.mp4");
    }

    @Test
    void checksJsonRequestBodiesOfTheIngestionCalls() {
        String indexed = "/v1.3/indexes/i1/indexed-assets";
        assertEquals(List.of(), V13.checkRequest(json("POST", indexed, "{\"asset_id\":\"a1\",\"enable_video_stream\":true}")));
        assertTrue(V13.checkRequest(json("POST", indexed, "{\"enable_video_stream\":true}")).get(0).contains("asset_id"));
        assertTrue(V13.checkRequest(json("POST", indexed, "{\"asset_id\":\"a1\",\"enable_video_stream\":\"yes\"}"))
                .get(0).contains("boolean"));
        assertTrue(V13.checkRequest(ContractRequest.of("POST", indexed).contentType("application/json")).get(0)
                .contains("requires a request body"));
        assertTrue(V13.checkRequest(json("GET", indexed, "{}")).get(0).contains("takes no request body"));

        String uploads = "/v1.3/assets/multipart-uploads";
        assertEquals(List.of(), V13.checkRequest(json("POST", uploads,
                "{\"filename\":\"a.mp4\",\"type\":\"video\",\"total_size\":3000000000}")));
        List<String> badUpload = V13.checkRequest(json("POST", uploads, "{\"filename\":\"a.mp4\",\"type\":\"audio\",\"total_size\":0}"));
        assertEquals(2, badUpload.size(), badUpload.toString());
        assertTrue(badUpload.stream().anyMatch(p -> p.contains("type")) && badUpload.stream().anyMatch(p -> p.contains("total_size")),
                badUpload.toString());
        List<String> badReport = V13.checkRequest(json("POST", uploads + "/u1",
                "{\"completed_chunks\":[{\"chunk_index\":1,\"chunk_size\":5,\"proof\":\"e\",\"proof_type\":\"md5\"}]}"));
        assertEquals(1, badReport.size(), badReport.toString());
        assertTrue(badReport.get(0).contains("proof_type"), badReport.toString());
        assertTrue(V13.checkRequest(json("POST", uploads + "/u1", "{\"completed_chunks\":[]}")).get(0).contains("completed_chunks"));
    }

    @Test
    void checksTheAssetFormAndTheListFilters() {
        assertEquals(List.of(), V13.checkRequest(assetForm().formField("filename", "01.mp4")));
        assertTrue(V13.checkRequest(assetForm().formField("method", "ftp")).get(0).contains("sent 2 times"));
        assertTrue(V13.checkRequest(ContractRequest.of("POST", "/assets").contentType("multipart/form-data; boundary=b")
                .formField("method", "ftp")).get(0).contains("method"));
        assertTrue(V13.checkRequest(assetForm().formField("video_url", "u")).get(0).contains("'video_url' is not declared"));
        assertTrue(V13.checkRequest(assetForm().formField("file", "bytes")).get(0).contains("a file field but was sent as text"));
        assertEquals(List.of(), V13.checkRequest(ContractRequest.of("GET", "/assets?asset_types=video&asset_types=image&page=1")
                .contentType("application/json")));
        assertTrue(V13.checkRequest(ContractRequest.of("GET", "/assets?asset_types=pdf").contentType("application/json"))
                .get(0).contains("'asset_types'"));
    }

    @Test
    void checksAnswersOfTheIngestionCalls() {
        String asset = "{\"_id\":\"a1\",\"method\":\"url\",\"status\":\"processing\",\"filename\":\"01.mp4\","
                + "\"file_type\":\"video/mp4\",\"created_at\":\"2024-03-01T00:00:00Z\"}";
        assertEquals(List.of(), V13.checkResponse("POST", "/v1.3/assets", 201, asset));
        assertEquals(List.of(), V13.checkResponse("GET", "/v1.3/assets/a1", 200, asset));
        List<String> archived = V13.checkResponse("GET", "/assets/a1", 200, asset.replace("processing", "archived"));
        assertEquals(1, archived.size(), archived.toString());
        assertTrue(archived.get(0).contains("status"), archived.toString());
        assertEquals(List.of(), V13.checkResponse("POST", "/indexes/i1/indexed-assets", 202, "{\"_id\":\"x1\"}"));
        assertTrue(V13.checkResponse("POST", "/indexes/i1/indexed-assets", 200, "{\"_id\":\"x1\"}").get(0)
                .contains("does not document status 200"));
    }

    @Test
    void knowsOnlyTheOperationsReelDropUses() {
        assertTrue(V13.checkRequest(json("POST", "/v1.3/search", "{}")).get(0).contains("contract has no operation POST /search"));
        assertTrue(V13.checkRequest(json("PATCH", "/indexes/i1/videos/v1", "{}")).get(0).contains("no operation PATCH"),
                "the vendor documents it, ReelDrop does not use it");
        assertTrue(V12.checkResponse("GET", "/v1.2/assets", 200, "{}").get(0).contains("v1.2 contract has no operation GET /assets"));
    }
}
