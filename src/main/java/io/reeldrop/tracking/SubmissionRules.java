package io.reeldrop.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateTaskRequest;
import io.reeldrop.media.VideoNames;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Local checks of a submission before any request, each failure a sentence a person can act
 * on, and the translation of a valid submission into the request of the connected API version.
 */
public final class SubmissionRules {

    /** The API's limit on one video sent as a task. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** The limit of a file sent as an asset (through a multipart session). */
    public static final long MAX_ASSET_FILE_BYTES = 4L * 1024 * 1024 * 1024;
    private static final Pattern INDEX_ID = Pattern.compile("[0-9a-fA-F]{24}");
    /** BCP 47-like: "en", "pt-BR", "zh-Hans". v1.3 carries it as user metadata. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> V1_2_LANGUAGES = Set.of("en");
    private static final Set<String> PAGE_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "youtu.be", "vimeo.com", "www.vimeo.com", "drive.google.com", "www.dropbox.com");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiVersion version;

    public SubmissionRules(ApiVersion version) {
        this.version = version;
    }

    /** What is wrong with the submission, or null when it may be sent. */
    public String problem(Submission s) {
        String indexProblem = indexProblem(s.indexId());
        if (indexProblem != null) {
            return indexProblem;
        }
        if (s.flow() == UploadFlow.ASSETS && version == ApiVersion.V1_2) {
            return "API v1.2 has no assets: send the video with the tasks flow, or connect to v1.3.";
        }
        String sourceProblem = s.videoUrl() != null ? urlProblem(s.videoUrl()) : fileProblem(s);
        if (sourceProblem != null) {
            return sourceProblem;
        }
        String languageProblem = languageProblem(s.language());
        if (languageProblem != null) {
            return languageProblem;
        }
        return metadataProblem(s.userMetadataJson());
    }

    public static String indexProblem(String indexId) {
        if (indexId == null || indexId.isBlank()) {
            return "No index is chosen. Pick the index the videos should go to.";
        }
        if (!INDEX_ID.matcher(indexId.strip()).matches()) {
            return "The index id \"" + indexId.strip() + "\" is not 24 hexadecimal characters. Copy it from the"
                    + " index page of the Twelve Labs Playground, or pick the index from the list.";
        }
        return null;
    }

    /** The URL problem as a sentence, or null; the sentence quotes the line so a person finds it. */
    public static String urlProblem(String raw) {
        String line = raw == null ? "" : raw.strip();
        if (line.isEmpty()) {
            return "The line is empty. Paste one video link per line.";
        }
        URI uri;
        try {
            uri = new URI(line);
        } catch (URISyntaxException e) {
            return "\"" + line + "\" is not a valid link (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "). Spaces and some symbols must be percent-encoded, e.g. a space as %20.";
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return "\"" + line + "\" is not a full link. Start it with https:// (or http://).";
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            return "\"" + line + "\" uses " + scheme + ":. Twelve Labs downloads videos over http or https only;"
                    + " put the file on a web server or upload it as a file instead.";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "\"" + line + "\" has no host name. Check the link, e.g. https://example.com/video.mp4.";
        }
        if (uri.getRawUserInfo() != null) {
            return "The link to " + uri.getHost() + " contains a user name or password. Remove it (it would be sent"
                    + " to Twelve Labs and kept in the history); use a link that works without one, e.g. a signed URL.";
        }
        if (PAGE_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return "\"" + line + "\" is a web page, not a video file. Twelve Labs needs a direct link to the file"
                    + " (ending in .mp4, .mov, ...); download the video and upload it as a file instead.";
        }
        return null;
    }

    private static String fileProblem(Submission s) {
        if (!Files.isRegularFile(s.videoFile())) {
            return "The file " + s.videoFile() + " does not exist or is not a file. Check the path.";
        }
        if (!Files.isReadable(s.videoFile())) {
            return "The file " + s.videoFile() + " cannot be read. Check its permissions.";
        }
        try {
            long limit = s.flow() == UploadFlow.ASSETS ? MAX_ASSET_FILE_BYTES : MAX_FILE_BYTES;
            if (Files.size(s.videoFile()) > limit) {
                return "The file " + s.videoFile().getFileName() + " is larger than " + limit / (1024 * 1024 * 1024)
                        + " GB, the API's limit for " + (s.flow() == UploadFlow.ASSETS ? "an asset" : "a task")
                        + ". Shorten or compress it first.";
            }
        } catch (IOException e) {
            return "The size of " + s.videoFile() + " cannot be read: " + e.getMessage();
        }
        return null;
    }

    private String languageProblem(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String lang = language.strip();
        if (version == ApiVersion.V1_2 && !V1_2_LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            return "The language \"" + lang + "\" is not accepted by API v1.2, which only takes \"en\". Choose en,"
                    + " or leave the language empty.";
        }
        if (!LANGUAGE_TAG.matcher(lang).matches()) {
            return "The language \"" + lang + "\" is not a language code. Use a code such as en, fr or pt-BR.";
        }
        return null;
    }

    private String metadataProblem(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        if (version == ApiVersion.V1_2) {
            return "API v1.2 does not take user metadata. Remove it, or connect to v1.3.";
        }
        try {
            if (!(JSON.readTree(json) instanceof ObjectNode)) {
                return "The user metadata must be a JSON object such as {\"camera\": \"A\"}.";
            }
        } catch (JsonProcessingException e) {
            return "The user metadata is not valid JSON (" + e.getOriginalMessage() + ").";
        }
        return null;
    }

    /** The request for a submission that passed {@link #problem}. */
    public CreateTaskRequest toRequest(Submission s) {
        String indexId = s.indexId().strip().toLowerCase(Locale.ROOT);
        CreateTaskRequest request = s.videoUrl() != null
                ? CreateTaskRequest.fromUrl(indexId, URI.create(s.videoUrl().strip()))
                : CreateTaskRequest.fromFile(indexId, s.videoFile());
        String language = s.language() == null || s.language().isBlank() ? null : s.language().strip();
        if (version.takesLanguage()) {
            return request.withLanguage(language);
        }
        // v1.3 dropped the language field; it travels as user metadata so it is not lost.
        ObjectNode metadata = JSON.createObjectNode();
        try {
            if (s.userMetadataJson() != null && !s.userMetadataJson().isBlank()) {
                JsonNode given = JSON.readTree(s.userMetadataJson());
                metadata.setAll((ObjectNode) given);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("user metadata must be checked with problem() first", e);
        }
        if (language != null && !metadata.has("language")) {
            metadata.put("language", language);
        }
        return metadata.isEmpty() ? request : request.withUserMetadata(metadata.toString());
    }

    /**
     * Two submissions with the same key would index the same video into the same index. Spellings
     * of one URL that mean the same (scheme and host case, a default port, escape case) share it.
     */
    public static String duplicateKey(Submission s) {
        String index = s.indexId().strip().toLowerCase(Locale.ROOT);
        if (s.videoUrl() == null) {
            return index + " file:" + s.videoFile().toAbsolutePath().normalize();
        }
        String url = s.videoUrl().strip();
        try {
            URI u = new URI(url).normalize();
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = u.getPort() == -1 || (scheme.equals("https") && u.getPort() == 443)
                    || (scheme.equals("http") && u.getPort() == 80);
            // Path and query are case-sensitive, but not the hex digits of their escapes.
            url = scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + u.getPort())
                    + upperEscapes(u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + upperEscapes(u.getRawQuery()));
        } catch (URISyntaxException | NullPointerException e) {
            // keep the stripped text; validation reports the problem
        }
        return index + " " + url;
    }

    private static String upperEscapes(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw);
        for (int i = b.indexOf("%"); i >= 0 && i + 2 < b.length(); i = b.indexOf("%", i + 1)) {
            b.setCharAt(i + 1, Character.toUpperCase(b.charAt(i + 1)));
            b.setCharAt(i + 2, Character.toUpperCase(b.charAt(i + 2)));
        }
        return b.toString();
    }

    /** The file name the API reports for the video: see {@link VideoNames}, or the file's own name. */
    public static String expectedFilename(Submission s) {
        if (s.videoFile() != null) {
            return s.videoFile().getFileName().toString();
        }
        try {
            return VideoNames.ofUrl(new URI(s.videoUrl().strip()));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
