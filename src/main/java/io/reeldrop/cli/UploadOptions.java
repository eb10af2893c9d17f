package io.reeldrop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** How {@code submit} sends: the flow, metadata, streaming and the bandwidth cap. */
final class UploadOptions {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kKmM]?)(?:[bB](?:/s)?)?");

    @Option(names = "--flow", paramLabel = "FLOW",
            description = "assets (v1.3's current way in: an asset, then an indexed asset) or tasks (POST /tasks)."
                    + " Default: assets on v1.3, tasks on v1.2.")
    String flow;

    @Option(names = "--meta", paramLabel = "KEY=VALUE",
            description = "User metadata for every video of this batch (repeatable). true/false and numbers are"
                    + " sent as such, anything else as text.")
    List<String> meta;

    @Option(names = "--stream", negatable = true,
            description = "Keep the video for streaming (HLS). Default: the API's (--no-stream to turn it off).")
    Boolean stream;

    @Option(names = "--max-upload-rate", paramLabel = "RATE",
            description = "Cap all uploads together, e.g. 500K or 2M (bytes a second); at least 100K.")
    String maxRate;

    @Option(names = "--parallel-chunks", paramLabel = "N",
            description = "Chunks of a big file sent at once (1 to 16, default 4).")
    Integer parallelChunks;

    /** The upload settings these options ask for. */
    UploadSettings settings() {
        try {
            return parallelChunks == null ? UploadSettings.defaults()
                    : UploadSettings.defaults().withParallelChunks(parallelChunks);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "--parallel-chunks: " + e.getMessage());
        }
    }

    /** The flow asked for, or the version's own default. */
    UploadFlow flow(String versionSegment) {
        return flow(flow, versionSegment);
    }

    /** {@code --flow} as given, or the version's default when it was not; shared with watch-folder. */
    static UploadFlow flow(String flow, String versionSegment) {
        if (flow == null) {
            return UploadFlow.defaultFor(versionSegment);
        }
        return switch (flow.strip().toLowerCase(Locale.ROOT)) {
            case "assets" -> UploadFlow.ASSETS;
            case "tasks" -> UploadFlow.TASKS;
            default -> throw new CliFailure(ExitCodes.USAGE, "--flow takes assets or tasks, not \"" + flow + "\".");
        };
    }

    /** The batch's metadata as a JSON object, or null when none was given. */
    String metadataJson() {
        if (meta == null || meta.isEmpty()) {
            return null;
        }
        ObjectNode o = TaskLines.JSON.createObjectNode();
        for (String pair : meta) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CliFailure(ExitCodes.USAGE, "--meta takes KEY=VALUE, e.g. --meta camera=A; got \"" + pair
                        + "\".");
            }
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1);
            if (value.equals("true") || value.equals("false")) {
                o.put(key, Boolean.parseBoolean(value));
            } else if (NUMBER.matcher(value).matches() && !value.contains(".")) {
                o.put(key, Long.parseLong(value));
            } else if (NUMBER.matcher(value).matches()) {
                o.put(key, Double.parseDouble(value));
            } else {
                o.put(key, value);
            }
        }
        return o.toString();
    }

    /** Bytes a second, 0 for no cap. */
    long maxRate() {
        if (maxRate == null) {
            return 0;
        }
        Matcher m = RATE.matcher(maxRate.strip());
        if (!m.matches()) {
            throw new CliFailure(ExitCodes.USAGE, "--max-upload-rate takes a rate such as 500K or 2M, not \""
                    + maxRate + "\".");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        return (long) (n * (unit.equals("M") ? 1024 * 1024 : unit.equals("K") ? 1024 : 1));
    }

    /** A submission for one argument: an existing file, else a link. */
    Submission submission(String index, String language, String arg, UploadFlow chosen) {
        Path file = asFile(arg);
        Submission s = file != null ? Submission.ofFile(index, language, file) : Submission.ofUrl(index, language, arg);
        return s.withFlow(chosen).withUserMetadata(metadataJson()).withVideoStream(stream);
    }

    private static Path asFile(String arg) {
        if (arg.contains("://")) {
            return null;
        }
        try {
            Path p = Path.of(arg);
            return Files.exists(p) ? p.toAbsolutePath() : null;
        } catch (RuntimeException notAPath) {
            return null;
        }
    }
}
