/**
 * What every view and view model of the window leans on, kept below them so that the window's
 * packages form no cycle: the {@link io.reeldrop.ui.support.TaskExecutor} seam for background
 * work (synchronous in tests), the sentences of {@link io.reeldrop.ui.support.ErrorText}, and the
 * typed preference keys of {@link io.reeldrop.ui.support.UiPreferences}, and the upload settings
 * read from them as the engine takes them ({@link io.reeldrop.ui.support.UploadPreferences}).
 */
package io.reeldrop.ui.support;
