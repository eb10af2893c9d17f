/**
 * The live task table: rows that follow the engine's immutable tasks, kept filtered and sorted
 * by hand so that 10,000 rows take 1,000 changes a second; the status badges, countdowns,
 * row actions and the details pane.
 */
package io.reeldrop.ui.table;
