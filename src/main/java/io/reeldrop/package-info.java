/**
 * ReelDrop: the desktop uploader for the Twelve Labs video-understanding API.
 *
 * <p>This root package owns only the entry point that dispatches to the window, the command
 * line or the standalone sandbox. Each layer lives in its own sub-package; see README.md.
 */
package io.reeldrop;
