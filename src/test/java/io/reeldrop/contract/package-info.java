/**
 * Test-scope checks of HTTP traffic against the vendor's OpenAPI descriptions of the Twelve
 * Labs API (../shared/twelvelabs-api/openapi-1.2.yaml and openapi-1.3.yaml).
 *
 * <p>Entry point: {@link io.reeldrop.contract.ApiContract#forVersion}. Any test (client,
 * sandbox, tracking) can use it to prove that what it sends or serves is what the vendor
 * documents. Body schemas are checked with networknt json-schema-validator (JSON Schema
 * 2020-12 with the OpenAPI 3.1 dialect); paths, parameters and form fields are matched by
 * {@link io.reeldrop.contract.SpecDocument}. The Atlassian swagger-request-validator was tried
 * first and rejected: version 2.44.1 refuses to load either spec (3.1 {@code items: false} in
 * {@code combinedSearch}).
 */
package io.reeldrop.contract;
