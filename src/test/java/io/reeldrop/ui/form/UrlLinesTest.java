package io.reeldrop.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The form's first look at a line agrees with the engine's rules (issue 11, item 10). */
class UrlLinesTest {

    @Test
    void hostsWithUnderscoresAreLinksAndOnlyRealVideoPageSitesArePages() {
        assertNull(UrlLines.problem("https://my_bucket.cdn.example.com/v.mp4"));
        assertNull(UrlLines.problem("https://notyoutube.com/v.mp4"));
        assertNull(UrlLines.problem("https://notvimeo.com/v.mp4"));
        assertTrue(UrlLines.problem("https://music.youtube.com/watch?v=x").startsWith("this is a video page"));
    }

    @Test
    void aHugeLineAndControlCharactersAreFlagged() {
        String problem = UrlLines.problem("https://cdn.example.com/v.mp4?p=" + "a".repeat(100 * 1024));
        assertTrue(problem.startsWith("it is 102432 characters long, more than the 8192"), problem);
        assertEquals("it holds a control or invisible character; copy the link again, or type it.",
                UrlLines.problem("https://e.com/a\u202Etxt.mp4"));
    }
}
