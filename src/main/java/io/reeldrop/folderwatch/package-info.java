/**
 * Folder watch: new video files in a chosen folder go to an index once they stop growing, each
 * file once, across restarts too. Used by the window (folders chosen in Settings) and by the
 * command line ({@code watch-folder DIR --index ID}); no JavaFX here.
 *
 * <p>{@link io.reeldrop.folderwatch.FolderWatcher} looks at one folder at a low rate and hands
 * settled files to the engine ({@link io.reeldrop.tracking.TaskTracker#submit}).
 * {@link io.reeldrop.folderwatch.HandoverLedger} is its own record, in the data folder, of every
 * file it handed over or found already there: the engine's duplicate check only knows the rows
 * still in the history, and a row a person forgot must not come back from the folder at the
 * next start. {@link io.reeldrop.folderwatch.WatchList} keeps the window's list of watched
 * folders.
 */
package io.reeldrop.folderwatch;
