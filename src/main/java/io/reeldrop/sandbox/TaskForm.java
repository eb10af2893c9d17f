package io.reeldrop.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The fields of a {@code POST /tasks} or {@code POST /assets}, read with Jetty's own parsers:
 * {@code multipart/form-data} (file parts over 64 KB go straight to a file in the data folder,
 * so a 2 GB upload never sits in memory) or {@code application/x-www-form-urlencoded} (the seed
 * guide's form, which cannot carry a file). Fields the endpoint does not document are refused
 * with {@code parameter_unknown}.
 */
final class TaskForm {

    private static final Set<String> V12_FIELDS = Set.of("index_id", "video_url", "video_file", "language",
            "disable_video_stream", "provide_transcription", "transcription_url", "transcription_file");
    private static final Set<String> V13_FIELDS = Set.of("index_id", "video_url", "video_file",
            "enable_video_stream", "user_metadata");

    final Map<String, String> fields = new LinkedHashMap<>();
    /** The uploaded file, already moved into the data folder; null without a file. */
    Path videoFile;
    String videoFileName;
    long videoFileSize;
    /** The file part's own Content-Type, if it had one. */
    String videoFileType;

    private String fileField = "video_file";
    private String tooLargeMessage = "The upload is larger than the 2 GB limit. Upload a shorter or more compressed file.";

    static TaskForm read(Request request, String version, Path uploadDir, long maxBytes, String fileStem) {
        return read(request, "POST /tasks in v" + version, "1.2".equals(version) ? V12_FIELDS : V13_FIELDS,
                "video_file", uploadDir, maxBytes, fileStem);
    }

    /**
     * Reads a form of {@code endpoint} whose file part is {@code fileField}, at most
     * {@code maxBytes}, stored as {@code fileStem + ".video"} in {@code uploadDir}.
     */
    static TaskForm read(Request request, String endpoint, Set<String> known, String fileField, Path uploadDir,
                         long maxBytes, String fileStem) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        TaskForm form = new TaskForm();
        form.fileField = fileField;
        form.tooLargeMessage = "The upload is larger than the " + sizeText(maxBytes) + " limit of " + endpoint.split(" in ")[0]
                + (fileField.equals("file") ? ". Use a multipart upload (POST /assets/multipart-uploads) for larger files."
                        : ". Upload a shorter or more compressed file.");
        if (mime.equalsIgnoreCase("multipart/form-data")) {
            form.readMultipart(request, contentType, uploadDir, maxBytes, fileStem);
        } else if (mime.equalsIgnoreCase("application/x-www-form-urlencoded")) {
            form.readUrlEncoded(request);
        } else {
            throw ApiError.invalid(endpoint.split(" in ")[0] + " takes multipart/form-data (or application/x-www-form-urlencoded without a file), not '"
                    + (contentType == null ? "no Content-Type" : contentType) + "'.");
        }
        for (String name : form.fields.keySet()) {
            if (!known.contains(name)) {
                form.discard();
                throw new ApiError(400, "parameter_unknown", "The parameter '" + name + "' is not part of " + endpoint
                        + ". Accepted: " + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
        return form;
    }

    private static String sizeText(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + " GB";
        }
        if (bytes % AssetLimits.MEGABYTE == 0) {
            return bytes / AssetLimits.MEGABYTE + " MB";
        }
        return bytes + " bytes";
    }

    private void readUrlEncoded(Request request) {
        Fields parsed;
        try {
            parsed = FormFields.getFields(request);
        } catch (RuntimeException e) {
            // Jetty throws on bad %-escapes and on forms over its size limit: the client's mistake, a 400.
            throw ApiError.invalid("The application/x-www-form-urlencoded body cannot be read: " + rootMessage(e));
        }
        for (Fields.Field field : parsed) {
            for (String value : field.getValues()) {
                putOnce(field.getName(), value);
            }
        }
    }

    /**
     * A field sent twice is refused rather than silently resolved: with two video files, or a
     * file part that overwrote the first, the task would not be the one the client meant.
     */
    private void putOnce(String name, String value) {
        if (fields.putIfAbsent(name, value) != null) {
            throw ApiError.invalid("'" + name + "' was sent more than once; send one " + name + " per request.");
        }
    }

    private void readMultipart(Request request, String contentType, Path uploadDir, long maxBytes, String fileStem) {
        MultiPartConfig config = new MultiPartConfig.Builder()
                .location(uploadDir)
                .maxMemoryPartSize(64 * 1024)
                .maxPartSize(maxBytes)
                .maxSize(maxBytes + 1024 * 1024)
                .maxParts(20)
                .build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, contentType, config);
        } catch (RuntimeException e) {
            String message = String.valueOf(rootMessage(e));
            if (message.toLowerCase(Locale.ROOT).contains("max")) {
                throw new ApiError(400, "video_filesize_too_large", tooLargeMessage);
            }
            throw ApiError.invalid("The multipart/form-data body cannot be read: " + message);
        }
        try (parts) {
            for (MultiPart.Part part : parts) {
                if (fileField.equals(part.getName()) && part.getFileName() != null) {
                    putOnce(fileField, part.getFileName());
                    videoFile = uploadDir.resolve(fileStem + ".video");
                    videoFileName = part.getFileName();
                    videoFileSize = part.getLength();
                    videoFileType = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
                    part.writeTo(videoFile);
                } else {
                    putOnce(part.getName(), part.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (ApiError refused) {
            discard();
            throw refused;
        } catch (IOException e) {
            discard();
            throw new ApiError(500, "internal_error", "The sandbox could not store the upload: " + e.getMessage());
        }
    }

    String get(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Boolean bool(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw ApiError.invalid(name + " must be true or false, was '" + value + "'.");
    }

    /** Removes the uploaded file when the request is refused after all. */
    void discard() {
        if (videoFile != null) {
            try {
                Files.deleteIfExists(videoFile);
            } catch (IOException ignored) {
                // a stray file in the data folder is harmless
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
