package io.reeldrop.ui.export;

import io.reeldrop.listing.ExportFormat;

/** What the person chose in the export dialog. */
public record ExportChoice(Rows rows, ExportFormat format) {

    /** Which rows go to the file. */
    public enum Rows {
        /** Every task in the list, whatever the filter shows. */
        ALL("tasks"),
        /** The rows the filter and search leave on screen. */
        SHOWN("tasks-shown"),
        /** The selected rows. */
        SELECTED("tasks-selected");

        private final String fileWord;

        Rows(String fileWord) {
            this.fileWord = fileWord;
        }

        /** The part of the suggested file name that says which rows it holds. */
        public String fileWord() {
            return fileWord;
        }
    }
}
