package io.reeldrop.tracking;

import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.model.Submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateTaskRequest;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static final String INDEX = "0123456789ABCDEF01234567";
    private final SubmissionRules v13 = new SubmissionRules(ApiVersion.V1_3);
    private final SubmissionRules v12 = new SubmissionRules(ApiVersion.V1_2);

    private String problem(SubmissionRules rules, String url) {
        return rules.problem(Submission.ofUrl(INDEX, null, url));
    }

    @Test
    void eachBadLineGetsItsOwnSentence() {
        assertNull(problem(v13, "https://cdn.example.com/a%20b.mp4?sig=abc"));
        assertTrue(problem(v13, "   ").contains("empty"));
        assertTrue(problem(v13, "https://example.com/a b.mp4").contains("percent-encoded"));
        assertTrue(problem(v13, "example.com/a.mp4").contains("https://"));
        assertTrue(problem(v13, "file:///home/me/a.mp4").contains("http or https"));
        assertTrue(problem(v13, "https:///a.mp4").contains("no host"));
        assertTrue(problem(v13, "https://me:pw@example.com/a.mp4").contains("user name or password"));
        assertTrue(problem(v13, "https://www.youtube.com/watch?v=x").contains("web page"));
    }

    @Test
    void indexIdMustBe24Hex() {
        assertTrue(v13.problem(Submission.ofUrl("abc", null, "https://e.com/a.mp4")).contains("24 hexadecimal"));
        assertTrue(v13.problem(Submission.ofUrl(" ", null, "https://e.com/a.mp4")).contains("No index"));
    }

    @Test
    void languageFollowsTheApiVersion() {
        Submission french = Submission.ofUrl(INDEX, "fr", "https://e.com/a.mp4");
        assertTrue(v12.problem(french).contains("only takes \"en\""));
        assertNull(v13.problem(french));
        assertTrue(v13.problem(Submission.ofUrl(INDEX, "not a code", "https://e.com/a.mp4")).contains("language code"));

        CreateTaskRequest v12Request = v12.toRequest(Submission.ofUrl(INDEX, "en", "https://e.com/a.mp4"));
        assertEquals("en", v12Request.language());
        assertNull(v12Request.userMetadataJson());
        CreateTaskRequest v13Request = v13.toRequest(new Submission(UploadFlow.TASKS, INDEX, "fr", "https://e.com/a.mp4",
                null, "{\"camera\":\"A\"}", null));
        assertNull(v13Request.language(), "v1.3 has no language field");
        assertEquals("{\"camera\":\"A\",\"language\":\"fr\"}", v13Request.userMetadataJson());
        assertEquals("0123456789abcdef01234567", v13Request.indexId());
    }

    @Test
    void userMetadataMustBeAnObjectAndOnlyForV13() {
        Submission list = new Submission(UploadFlow.TASKS, INDEX, null, "https://e.com/a.mp4", null, "[1]", null);
        assertTrue(v13.problem(list).contains("JSON object"));
        Submission ok = new Submission(UploadFlow.TASKS, INDEX, null, "https://e.com/a.mp4", null, "{}", null);
        assertTrue(v12.problem(ok).contains("v1.2 does not take user metadata"));
    }

    @Test
    void duplicatesAreFoundDespiteCaseOfHostAndIndexAndSpaces() {
        String a = SubmissionRules.duplicateKey(Submission.ofUrl(INDEX, null, " HTTPS://Example.COM/a.mp4 "));
        String b = SubmissionRules.duplicateKey(Submission.ofUrl(INDEX.toLowerCase(), "en", "https://example.com/a.mp4"));
        String other = SubmissionRules.duplicateKey(Submission.ofUrl(INDEX, null, "https://example.com/A.mp4"));
        assertEquals(a, b);
        assertTrue(!a.equals(other), "paths are case-sensitive");
        assertEquals("a b.mp4", SubmissionRules.expectedFilename(Submission.ofUrl(INDEX, null, "https://e.com/x/a%20b.mp4")));
    }
}
