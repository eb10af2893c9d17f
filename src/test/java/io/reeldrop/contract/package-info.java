/**
 * Test-scope checks of HTTP traffic against the project's contract for the Twelve Labs API:
 * {@code src/test/resources/contract/openapi-1.2.yaml} and {@code openapi-1.3.yaml}, the
 * operations ReelDrop uses, taken as facts (no prose) from the vendor's OpenAPI files.
 *
 * <p>Entry point: {@link io.reeldrop.contract.ApiContract#forVersion}. Any test (client,
 * sandbox, tracking) can use it to prove that what it sends or serves is what the vendor
 * documents. Body schemas are checked with networknt json-schema-validator (JSON Schema
 * 2020-12 with the OpenAPI 3.1 dialect); paths, parameters and form fields are matched by
 * {@link io.reeldrop.contract.SpecDocument}. The Atlassian swagger-request-validator was tried
 * first and rejected: version 2.44.1 refuses to load either vendor spec (3.1 {@code items: false}
 * in {@code combinedSearch}).
 *
 * <p>The contract files come from {@link io.reeldrop.contract.ContractExtractor} (scope:
 * {@link io.reeldrop.contract.ContractScope}); {@code ContractDriftTest} compares them with the
 * vendor's files whenever those are at hand and is skipped, saying why, when they are not.
 */
package io.reeldrop.contract;
