package io.reeldrop.tracking;

import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.model.Submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateTaskRequest;
import java.net.URI;
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

    @Test
    void aHostWithAnUnderscoreIsAValidHost() {
        assertNull(problem(v13, "https://my_bucket.cdn.example.com/v.mp4"));
        assertNull(problem(v13, "https://cdn_1.example.com:8443/v.mp4?sig=a_b"));
        assertEquals("my_bucket.cdn.example.com", SubmissionRules.hostOf(URI.create("https://my_bucket.cdn.example.com/v.mp4")));
        assertTrue(problem(v13, "https://me:pw@my_host.example.com/a.mp4").contains("user name or password"));
        assertEquals(SubmissionRules.duplicateKey(Submission.ofUrl(INDEX, null, "https://my_host.example.com/a.mp4")),
                SubmissionRules.duplicateKey(Submission.ofUrl(INDEX, null, "HTTPS://My_Host.Example.com/a.mp4")));
    }

    @Test
    void videoPageSitesAreMatchedOnWholeNamesNotOnTheirLastLetters() {
        assertNull(problem(v13, "https://notyoutube.com/v.mp4"));
        assertNull(problem(v13, "https://cdn.notvimeo.com/v.mp4"));
        assertNull(problem(v13, "https://youtube.com.cdn.example.com/v.mp4"));
        for (String page : new String[]{"https://music.youtube.com/watch?v=x", "https://YOUTUBE.COM./watch?v=x",
            "https://m.youtube.com/watch?v=x", "https://player.vimeo.com/video/1", "https://youtu.be/x",
            "https://www.dropbox.com/s/x/v.mp4"}) {
            assertTrue(problem(v13, page).contains("web page"), page);
        }
    }

    @Test
    void aHundredKilobyteLinkIsRefusedLocallyWithAShortSentence() {
        String huge = "https://cdn.example.com/v.mp4?pad=" + "a".repeat(100 * 1024);
        String problem = problem(v13, huge);
        assertTrue(problem.contains("is " + huge.length() + " characters long; ReelDrop takes links of at most 8192"),
                problem);
        assertTrue(problem.length() < 400, "the sentence quotes only the start: " + problem.length());
        assertNull(problem(v13, "https://cdn.example.com/v.mp4?sig=" + "a".repeat(8000)), "a long signed URL is fine");
    }

    @Test
    void controlAndInvisibleCharactersAreRefusedAndNeverEchoedRaw() {
        for (String nasty : new String[]{"https://e.com/a\u202Etxt.mp4", "https://e.com/\u001b[2Ja.mp4",
            "https://e.com/a.mp4\u0007", "https://e.com/a\u200Bb.mp4", "https://e.com/a\u0085.mp4"}) {
            String problem = problem(v13, nasty);
            assertTrue(problem != null && problem.contains("control or invisible character"), nasty + ": " + problem);
            assertTrue(problem.chars().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT),
                    "the sentence is printable: " + problem);
        }
    }
}
