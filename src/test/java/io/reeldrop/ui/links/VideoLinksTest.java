package io.reeldrop.ui.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which links in copied or dropped text are direct links to video files. */
class VideoLinksTest {

    @Test
    void linksToVideoFilesAreFoundInProseOnceEachInOrder() {
        String text = "Rushes: https://cdn.example.com/day1/a.mp4, and (https://cdn.example.com/b.MOV).\n"
                + "Again https://cdn.example.com/day1/a.mp4; the page https://example.com/about is not a video;"
                + " https://files.example.com/c.webm?sig=x%20y&exp=1 is signed.";
        assertEquals(List.of("https://cdn.example.com/day1/a.mp4", "https://cdn.example.com/b.MOV",
                "https://files.example.com/c.webm?sig=x%20y&exp=1"), VideoLinks.in(text));
    }

    @Test
    void theHtmlOfABrowsersSelectionGivesTheLinksBehindTheWords() {
        String html = "<ul><li><a href=\"https://cdn.example.com/one.mp4?a=1&amp;b=2\">Episode one</a></li>"
                + "<li><a href='https://cdn.example.com/two.mkv'>Episode two</a></li></ul>";
        assertEquals(List.of("https://cdn.example.com/one.mp4?a=1&b=2", "https://cdn.example.com/two.mkv"),
                VideoLinks.in("Episode one\nEpisode two", html));
    }

    @Test
    void videoPagesOtherSchemesAndNothingAtAllAreNotLinksToOffer() {
        assertEquals(List.of(), VideoLinks.in("https://www.youtube.com/watch.mp4 ftp://host/a.mp4 file:///a.mp4"));
        assertEquals(List.of(), VideoLinks.in((String) null, ""));
        assertEquals(List.of(), VideoLinks.in("https://example.com/folder.mp4/"));
    }
}
