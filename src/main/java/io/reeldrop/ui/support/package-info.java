/**
 * What every view and view model of the window leans on, kept below them so that the window's
 * packages form no cycle: the {@link io.reeldrop.ui.support.TaskExecutor} seam for background
 * work (synchronous in tests), the sentences of {@link io.reeldrop.ui.support.ErrorText}, and the
 * typed preference keys of {@link io.reeldrop.ui.support.UiPreferences}.
 */
package io.reeldrop.ui.support;
