package io.reeldrop.listing;

/**
 * How a listing writes points in time. The live table shows short, moving forms ("in 3 min",
 * today's time of day); a file outlives the moment it was written, so it has them in full.
 */
public enum TimeStyle {
    /** The live table: countdowns and time of day for today. */
    TABLE,
    /** CSV and tab-separated text: local "2026-11-28 14:03:22", which spreadsheets read as a date. */
    SHEET,
    /** JSON: ISO-8601 instants in UTC, for programs. */
    ISO
}
