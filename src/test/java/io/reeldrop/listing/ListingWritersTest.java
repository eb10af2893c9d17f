package io.reeldrop.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reeldrop.api.Hls;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The shared columns written as CSV, JSON and tab-separated text, read back by real parsers. */
class ListingWritersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T13:00:00Z");
    private static final String INDEX = "65f0a1b2c3d4e5f6a7b8c9d0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Ready, with a name that needs quoting, an HLS stream and user metadata in the API's answer. */
    static TrackedTask ready() {
        Submission s = new Submission(UploadFlow.TASKS, INDEX, null, "https://cdn.example.test/a.mp4", null,
                "{\"sent\":\"by ReelDrop\"}", null);
        Task api = new Task("task-ready", INDEX, "video-ready", TaskStatus.READY, NOW.minusSeconds(600),
                NOW.minusSeconds(60), null, new VideoMetadata(754.4, "trip, \"day 1\".mp4", 854, 480), null,
                new Hls("https://stream.example.test/a.m3u8", List.of(), "COMPLETE", null), null,
                "{\"_id\":\"task-ready\",\"user_metadata\":{\"camera\":\"gopro\",\"take\":3}}");
        return new TrackedTask("local-1", s, SubmissionState.SENT, api, null, null, NOW.minusSeconds(700), Map.of(), 0, 0,
                List.of(), 0, "https://api.example.test/v1.3#work");
    }

    /** Failed with a known code, and a reason sentence with a comma and a line break in the note. */
    static TrackedTask failed() {
        Submission s = Submission.ofUrl(INDEX, null, "https://cdn.example.test/small.mp4");
        Task api = new Task("task-failed", INDEX, null, TaskStatus.FAILED, NOW.minusSeconds(300), NOW.minusSeconds(200),
                null, VideoMetadata.EMPTY, null, null, "video_resolution_too_low", "{}");
        return new TrackedTask("local-2", s, SubmissionState.SENT, api, null, null, NOW.minusSeconds(300), Map.of(), 0, 0);
    }

    /** A file upload half-way, with an ETA. */
    static TrackedTask uploading() {
        Submission s = Submission.ofFile(INDEX, null, Path.of("/videos/big\tclip.mp4"));
        return new TrackedTask("local-3", s, SubmissionState.SENDING, null, "Line one\nline two", new Eta(NOW.plusSeconds(190),
                Eta.Source.ESTIMATE, 0.5), NOW.minusSeconds(30), Map.of(), 42, 100);
    }

    @Test
    void csvHasTheTitlesThenOneQuotedRecordPerTaskWithTheExtras() throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.write(out, List.of(TaskColumn.values()), List.of(ready(), failed(), uploading()), NOW,
                id -> id.equals(INDEX) ? "holidays" : null, Map.of("https://api.example.test/v1.3#work", "Work")::get);

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(4, records.size());
        List<String> header = records.get(0).toList();
        assertEquals(List.of("Video", "Profile", "Index", "Status", "Reason", "ETA", "Duration", "Resolution", "Created",
                "Updated", "Task id", "Local id", "Index id", "Video id", "URL or file", "HLS URL", "User metadata"),
                header);
        CSVRecord r = records.get(1);
        assertEquals("trip, \"day 1\".mp4", cell(header, r, "Video"), "commas and quotes survive the round trip");
        assertEquals("Work", cell(header, r, "Profile"), "the profile's saved name");
        assertEquals("holidays", cell(header, r, "Index"));
        assertEquals("ready", cell(header, r, "Status"));
        assertEquals("0:12:34", cell(header, r, "Duration"));
        assertEquals("854x480 (480p)", cell(header, r, "Resolution"));
        String created = cell(header, r, "Created");
        assertEquals(Formats.sheetDateTime(NOW.minusSeconds(600)), created, "times in full, as a spreadsheet reads them");
        assertTrue(created.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), created);
        assertEquals("task-ready", cell(header, r, "Task id"));
        assertEquals("video-ready", cell(header, r, "Video id"));
        assertEquals("https://stream.example.test/a.m3u8", cell(header, r, "HLS URL"));
        assertEquals("{\"camera\":\"gopro\",\"take\":3}", cell(header, r, "User metadata"),
                "the API's user metadata wins over what was sent");
        CSVRecord f = records.get(2);
        assertEquals("failed", cell(header, f, "Status"));
        assertEquals("The video's resolution is too low: the API needs at least 360x360. Upload a larger version.",
                cell(header, f, "Reason"));
        CSVRecord u = records.get(3);
        assertEquals("uploading 42%", cell(header, u, "Status"), "a file has the percentage the table draws as a bar");
        assertEquals("Line one\nline two", cell(header, u, "Reason"));
        assertEquals(Formats.sheetDateTime(NOW.plusSeconds(190)), cell(header, u, "ETA"),
                "the ETA as a time, not a countdown");
        assertEquals("/videos/big\tclip.mp4", cell(header, u, "URL or file"));
        assertEquals("", cell(header, u, "Profile"), "a task without a profile has no name");
    }

    private static String cell(List<String> header, CSVRecord row, String title) {
        return row.get(header.indexOf(title));
    }

    @Test
    void jsonHasColumnIdsIsoTimesNullsAndMetadataAsObjects() throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.JSON.write(out, List.of(TaskColumn.VIDEO, TaskColumn.STATUS, TaskColumn.CREATED),
                List.of(ready(), failed()), NOW, id -> null);

        JsonNode array = JSON.readTree(out.toString());
        assertEquals(2, array.size());
        JsonNode first = array.get(0);
        assertEquals(List.of("video", "status", "created", "local_id", "index_id", "video_id", "source", "hls_url",
                "user_metadata"), List.copyOf(iterable(first)));
        assertEquals("2026-11-28T12:50:00Z", first.get("created").asText());
        assertEquals(3, first.get("user_metadata").get("take").asInt());
        JsonNode second = array.get(1);
        assertTrue(second.get("video_id").isNull() && second.get("hls_url").isNull(), second.toString());
        assertTrue(second.get("user_metadata").isNull());
    }

    @Test
    void sentMetadataIsUsedWhenTheApiReportsNone() throws Exception {
        TrackedTask t = ready();
        Task plain = new Task("task-ready", INDEX, "v", TaskStatus.READY, NOW, NOW, null, null, null, null, null, "{}");
        TrackedTask sentOnly = new TrackedTask(t.localId(), t.submission(), t.state(), plain, null, null, NOW, Map.of(), 0, 0);
        StringWriter out = new StringWriter();
        ExportFormat.JSON.write(out, List.of(TaskColumn.VIDEO), List.of(sentOnly), NOW, id -> null);
        assertEquals("by ReelDrop", JSON.readTree(out.toString()).get(0).get("user_metadata").get("sent").asText());
    }

    @Test
    void tabTextKeepsEachRowOnOneLineAndEachCellInItsColumn() {
        TaskSheet sheet = new TaskSheet(List.of(TaskColumn.VIDEO, TaskColumn.STATUS, TaskColumn.REASON), false,
                ListingContext.of(NOW, TimeStyle.SHEET));
        String text = TabText.of(sheet, List.of(uploading(), failed()));
        String[] lines = text.split("\n", -1);
        assertEquals(4, lines.length, text);
        assertEquals("Video\tStatus\tReason", lines[0]);
        assertEquals("big clip.mp4\tuploading 42%\tLine one line two", lines[1]);
        assertEquals(3, lines[2].split("\t").length);
        assertEquals("", lines[3], "the text ends with a line break");
    }

    @Test
    void theTableShowsCountdownsAndTheReasonOfEveryKindOfProblem() {
        ListingContext table = ListingContext.of(NOW, TimeStyle.TABLE);
        assertEquals("in 3 min (est.)", TaskColumn.ETA.text(uploading(), table));
        assertEquals("uploading", TaskColumn.STATUS.text(uploading(), table));
        TrackedTask t = failed();
        TrackedTask notSent = new TrackedTask("l", t.submission(), SubmissionState.NOT_SENT, null,
                "The API refused the URL: it is not a video.", null, NOW, Map.of(), 0, 0);
        assertEquals("The API refused the URL: it is not a video.", TaskColumn.REASON.text(notSent, table));
        TrackedTask decision = new TrackedTask("l", t.submission(), SubmissionState.NEEDS_DECISION, null,
                "The upload's answer was lost; adopt a task found or send again.", null, NOW, Map.of(), 0, 0, List.of("x"));
        assertEquals("The upload's answer was lost; adopt a task found or send again.",
                TaskColumn.REASON.text(decision, table));
        assertEquals("", TaskColumn.REASON.text(ready(), table));
    }

    @Test
    void aLinkHeldBeforeSendingIsNamedByItsFileNameInTheVideoAndReasonColumns() {
        ListingContext table = ListingContext.of(NOW, TimeStyle.TABLE);
        String url = "https://media.example.com/library/2026/raw/too-short-2s.mp4?sig=abc";
        TrackedTask held = new TrackedTask("l", Submission.ofUrl("i", null, url), SubmissionState.NEEDS_DECISION, null,
                url + " lasts 2.00 s; the minimum is 4 s. Send again sends it anyway.", null, NOW, Map.of(), 0, 0);
        assertEquals("too-short-2s.mp4", TaskColumn.VIDEO.text(held, table));
        assertEquals("too-short-2s.mp4 lasts 2.00 s; the minimum is 4 s. Send again sends it anyway.",
                TaskColumn.REASON.text(held, table));
        assertEquals("Lasts 2.00 s; the minimum is 4 s. Send again sends it anyway.", TaskText.reasonBesideTheName(held),
                "beside the Video column the sentence starts at its verb");
        assertEquals("The video's resolution is too low: the API needs at least 360x360. Upload a larger version.",
                TaskText.reasonBesideTheName(failed()), "a sentence that does not name the video stays whole");
        assertEquals(url, TaskText.source(held), "the whole link stays one column away");

        TrackedTask bare = new TrackedTask("l", Submission.ofUrl("i", null, "https://media.example.com/"),
                SubmissionState.QUEUED, null, null, null, NOW, Map.of(), 0, 0);
        assertEquals("media.example.com", TaskColumn.VIDEO.text(bare, table), "a link without a file name: its host");
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
