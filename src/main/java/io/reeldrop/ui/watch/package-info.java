/**
 * The window's side of the folder watch: runs a {@link io.reeldrop.folderwatch.FolderWatcher} for
 * each folder chosen in Settings for the profile that is open, and tells the person what was
 * sent in the window's toasts. The watching itself is {@code io.reeldrop.folderwatch}'s, shared
 * with the command line's {@code watch-folder}.
 */
package io.reeldrop.ui.watch;
