package io.reeldrop.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.reeldrop.api.ApiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The project's contract still says what the vendor's OpenAPI files say about every operation
 * ReelDrop uses. The vendor's files are not part of this repository: the test runs when they
 * are at hand and is reported as skipped, with the reason, when they are not.
 *
 * <p>Where they are looked for: the folder in {@value #SPECS_PROPERTY}, else
 * {@code ../shared/twelvelabs-api} next to the project ({@code basedir}, set by surefire).
 */
class ContractDriftTest {

    static final String SPECS_PROPERTY = "reeldrop.api.specs";

    static Path vendorFolder() {
        String set = System.getProperty(SPECS_PROPERTY, "");
        if (!set.isBlank()) {
            return Path.of(set).toAbsolutePath().normalize();
        }
        Path project = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return project.resolve("../shared/twelvelabs-api").normalize();
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void theContractSaysWhatTheVendorsSpecSays(ApiVersion version) throws IOException {
        Path folder = vendorFolder();
        Path vendorFile = folder.resolve(ApiContract.fileName(version));
        if (!Files.isRegularFile(vendorFile)) {
            String reason = "vendor specs not found at " + vendorFile + "; set -D" + SPECS_PROPERTY
                    + "=FOLDER (holding openapi-1.2.yaml and openapi-1.3.yaml) to compare the project's contract with them";
            // Surefire's console shows only a count of skipped tests; this line says why.
            System.out.println("ContractDriftTest skipped for " + version.pathSegment() + ": " + reason);
            abort(reason);
        }

        JsonNode fromVendor = ContractExtractor.extract(ContractExtractor.readYaml(vendorFile), version);
        List<String> drift = TreeDiff.differences("the vendor's spec", fromVendor,
                "the contract", committed(version));

        assertTrue(drift.isEmpty(), () -> "src/test/resources" + ApiContract.resource(version) + " differs from "
                + vendorFile + " in " + drift.size() + " place(s):\n  - " + String.join("\n  - ", drift)
                + "\nIf the vendor changed, regenerate the contract, read the diff, and adapt client and sandbox:\n"
                + "  ./mvnw -q test-compile exec:java -Dexec.classpathScope=test"
                + " -Dexec.mainClass=io.reeldrop.contract.ContractExtractor -Dexec.args=\"" + folder + "\"");
    }

    static JsonNode committed(ApiVersion version) throws IOException {
        try (InputStream in = ContractDriftTest.class.getResourceAsStream(ApiContract.resource(version))) {
            return ContractExtractor.readYaml(in);
        }
    }
}
