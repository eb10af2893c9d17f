/**
 * Getting the table out to a file: the export dialog (which rows, which format), the file
 * chooser with a sensible name, and the write off the FX thread. The rows and columns come from
 * the table; how they are written is {@link io.reeldrop.listing}'s, shared with {@code list --csv}.
 */
package io.reeldrop.ui.export;
