package io.reeldrop.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void durationsReadAsHoursMinutesSeconds() {
        assertEquals("0:00:05", Formats.duration(4.6));
        assertEquals("0:12:34", Formats.duration(754.4));
        assertEquals("2:00:00", Formats.duration(7200.0));
        assertEquals("", Formats.duration(null));
    }

    @Test
    void resolutionsCarryTheirShortSideLabel() {
        assertEquals("854x480 (480p)", Formats.resolution(854, 480));
        assertEquals("1080x1920 (1080p)", Formats.resolution(1080, 1920));
        assertEquals("3840x2160 (4K)", Formats.resolution(3840, 2160));
        assertEquals("", Formats.resolution(null, 480));
    }

    @Test
    void countdownsAreRelative() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        assertEquals("in 3 min", Formats.relative(now.plusSeconds(170), now));
        assertEquals("in 40 s", Formats.relative(now.plusSeconds(40), now));
        assertEquals("in 1 h 05 min", Formats.relative(now.plusSeconds(3900), now));
        assertEquals("any moment", Formats.relative(now.minusSeconds(30), now));
    }
}
