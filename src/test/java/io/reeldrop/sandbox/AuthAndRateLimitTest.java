package io.reeldrop.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key check and the rate limit, and the {@code X-Ratelimit-*} headers on every answer. */
class AuthAndRateLimitTest {

    private static void assertRateHeaders(RawClient.Answer answer) {
        for (String name : new String[] {"X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Used", "X-Ratelimit-Reset"}) {
            assertNotNull(answer.header(name), name + " on " + answer.status());
        }
        assertTrue(Long.parseLong(answer.header("X-Ratelimit-Reset")) > System.currentTimeMillis() / 1000 - 1,
                "reset is in epoch seconds");
    }

    @Test
    void missingOrWrongKeyIs401ApiKeyInvalid() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withApiKey("s3cret"));
             RawClient api = RawClient.checked(sandbox, "1.3")) {
            RawClient.Answer none = api.withoutKey("/tasks");
            assertEquals(401, none.status());
            assertEquals("api_key_invalid", none.json().get("code").asText());
            assertTrue(none.json().get("message").asText().contains("No x-api-key"));
            assertRateHeaders(none);
            RawClient.Answer wrong = api.withKey("/indexes", "sandbox");
            assertEquals(401, wrong.status());
            assertEquals("api_key_invalid", wrong.json().get("code").asText());
            assertEquals(200, api.withKey("/indexes", "s3cret").status());
            assertEquals("s3cret", sandbox.apiKey());
        }
    }

    @Test
    void theDefaultKeyIsSandbox() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(); RawClient api = RawClient.checked(sandbox, "1.2")) {
            RawClient.Answer answer = api.withKey("/tasks", "sandbox");
            assertEquals(200, answer.status());
            assertRateHeaders(answer);
        }
    }

    @Test
    void overTheLimitIs429WithHeadersThatSaySo() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withRateLimitPerMinute(3));
             RawClient api = RawClient.checked(sandbox, "1.3")) {
            long before = System.currentTimeMillis() / 1000;
            Set<String> resets = new HashSet<>();
            for (int i = 1; i <= 3; i++) {
                RawClient.Answer answer = api.get("/tasks");
                assertEquals(200, answer.status());
                resets.add(answer.header("X-Ratelimit-Reset"));
                assertEquals(String.valueOf(i), answer.header("X-Ratelimit-Used"));
                assertEquals(String.valueOf(3 - i), answer.header("X-Ratelimit-Remaining"));
                assertEquals("3", answer.header("X-Ratelimit-Limit"));
            }
            RawClient.Answer limited = api.get("/tasks/anything");
            assertEquals(429, limited.status());
            assertEquals("too_many_requests", limited.json().get("code").asText());
            assertEquals("0", limited.header("X-Ratelimit-Remaining"));
            resets.add(limited.header("X-Ratelimit-Reset"));
            // One window, opened by the first request: this cannot straddle a wall-clock minute.
            assertEquals(1, resets.size(), "all four answers fell in one window: " + resets);
            long reset = Long.parseLong(resets.iterator().next());
            assertTrue(reset >= before + 60 && reset <= System.currentTimeMillis() / 1000 + 61, "reset a minute on: " + reset);
            assertRateHeaders(limited);
        }
    }

    @Test
    void unknownPathsAndMethodsStillAnswerInTheErrorShape() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(); RawClient api = new RawClient(sandbox.origin(), "sandbox")) {
            RawClient.Answer noVersion = api.get("/tasks");
            assertEquals(404, noVersion.status());
            assertEquals("resource_not_exist", noVersion.json().get("code").asText());
            assertRateHeaders(noVersion);
            RawClient.Answer unknown = api.get("/v1.3/entity-collections");
            assertEquals(404, unknown.status());
            RawClient.Answer method = api.json("PATCH", "/v1.3/tasks", "{}");
            assertEquals(405, method.status());
            assertEquals("method_not_allowed", method.json().get("code").asText());
            assertEquals("GET, POST", method.header("Allow"), "a 405 says which methods the resource takes (RFC 9110)");
            assertEquals("GET, DELETE", api.json("PUT", "/v1.3/tasks/abc", "{}").header("Allow"));
        }
    }
}
