package io.reeldrop.listing;

import io.reeldrop.tracking.TrackedTask;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A sheet as CSV through Apache Commons CSV: RFC 4180, the header line first. */
final class CsvWriter {

    private CsvWriter() {
    }

    static void write(Appendable out, TaskSheet sheet, List<TrackedTask> tasks) throws IOException {
        // Not closed: closing the printer would close the caller's stream (stdout for the CLI).
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(sheet.header());
        for (TrackedTask t : tasks) {
            printer.printRecord(sheet.row(t));
        }
        printer.flush();
    }
}
