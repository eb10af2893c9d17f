/**
 * What a tracked task reads as in a list, with no JavaFX: the status text and its progress, the
 * failure reason in one sentence, how times, durations and sizes are written, and the columns
 * themselves ({@link io.reeldrop.listing.TaskColumn}). The window's table renders these columns,
 * and its export, its "Copy as text" and the command line's {@code list --csv} write the same
 * columns to CSV, JSON or tab-separated text, so what a person sees and what a file holds agree.
 */
package io.reeldrop.listing;
