/**
 * The live task table: rows that follow the engine's immutable tasks, kept filtered and sorted
 * by hand so that 10,000 rows take 1,000 changes a second; the status badges with an upload's
 * bytes, rate and time left, countdowns, row actions (pausing and resuming uploads among them,
 * and the queue's Pause all), and the details pane with the stream and the editable user metadata.
 */
package io.reeldrop.ui.table;
