package io.reeldrop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one file-name rule of the sandbox and the engine, on the spellings that once sent videos twice. */
class VideoNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://cdn.example.com/v/clip+1.mp4            | clip+1.mp4",
        "https://cdn.example.com/v/a%2Fb.mp4             | a/b.mp4",
        "https://cdn.example.com/v/vid%C3%A9o.mp4        | vidéo.mp4",
        "https://cdn.example.com/v/my%20clip.mp4?sig=a+b | my clip.mp4",
        "https://cdn.example.com/v/100%25.mp4            | 100%.mp4",
        "https://cdn.example.com/v/latin%E9.mp4          | latin%E9.mp4",
        "https://cdn.example.com/                        | cdn.example.com",
        "https://cdn.example.com                         | cdn.example.com",
    })
    void aUrlIsNamedByItsLastRawSegmentDecodedAsUtf8(String url, String name) {
        assertEquals(name, VideoNames.ofUrl(URI.create(url)));
    }

    @Test
    void anEscapeThatIsNotOneStaysAsWritten() {
        assertEquals("bad%zz.mp4", VideoNames.percentDecode("bad%zz.mp4"));
        assertEquals("end%2", VideoNames.percentDecode("end%2"));
    }

    @Test
    void namesAnotherServerMaySpellDifferentlyStillMatch() {
        assertTrue(VideoNames.sameName("clip 1.mp4", "clip+1.mp4"));
        assertTrue(VideoNames.sameName("vid%C3%A9o.mp4", "vidéo.mp4"));
        assertTrue(VideoNames.sameName("vide\u0301o.mp4", "vidéo.mp4"), "decomposed and composed é");
        assertTrue(VideoNames.sameName("CLIP.MP4", "clip.mp4"));
        assertFalse(VideoNames.sameName("clip-2.mp4", "clip.mp4"));
        assertFalse(VideoNames.sameName(null, "clip.mp4"));
    }
}
