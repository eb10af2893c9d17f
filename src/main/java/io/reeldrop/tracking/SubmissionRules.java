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
    /** Sites whose links are pages with a player, not files: the domain and every name under it. */
    private static final Set<String> PAGE_DOMAINS = Set.of("youtube.com", "youtu.be", "vimeo.com",
            "drive.google.com", "dropbox.com");
    /**
     * The longest link accepted: 8,192 characters, what common web servers take in a request line
     * (Apache 8,190, nginx 8 KB). A signed URL is 1 to 3 KB; a longer line is a paste gone wrong,
     * and would be kept in the history and shown in every list.
     */
    public static final int MAX_URL_LENGTH = 8192;
    /** How much of a bad line a sentence quotes. */
    private static final int QUOTE_LIMIT = 100;
    /** Control characters, and the invisible ones that reorder or hide text (a "txt.exe" that reads "exe.txt"). */
    private static final Pattern UNSEEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.?");
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
            return "The index id \"" + shown(indexId.strip()) + "\" is not 24 hexadecimal characters. Copy it from the"
                    + " index page of the Twelve Labs Playground, or pick the index from the list.";
        }
        return null;
    }

    /**
     * The URL problem as a sentence, or null; the sentence quotes the line (its first 100
     * characters, control characters shown as {@code ?}) so a person finds it.
     */
    public static String urlProblem(String raw) {
        String line = raw == null ? "" : raw.strip();
        if (line.isEmpty()) {
            return "The line is empty. Paste one video link per line.";
        }
        if (line.length() > MAX_URL_LENGTH) {
            return "The link \"" + shown(line) + "\" is " + line.length() + " characters long; ReelDrop takes links of"
                    + " at most " + MAX_URL_LENGTH + " characters, as most web servers do. Check that one link was"
                    + " pasted, not a whole page.";
        }
        if (UNSEEN.matcher(line).find()) {
            return "The link \"" + shown(line) + "\" holds a control or invisible character (shown as ?). Copy the"
                    + " link again, or type it.";
        }
        URI uri;
        try {
            uri = new URI(line);
        } catch (URISyntaxException e) {
            return "\"" + shown(line) + "\" is not a valid link (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "). Spaces and some symbols must be percent-encoded, e.g. a space as %20.";
        }
        line = shown(line);
        String scheme = uri.getScheme();
        if (scheme == null) {
            return "\"" + line + "\" is not a full link. Start it with https:// (or http://).";
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            return "\"" + line + "\" uses " + scheme + ":. Twelve Labs downloads videos over http or https only;"
                    + " put the file on a web server or upload it as a file instead.";
        }
        String host = hostOf(uri);
        if (host == null || host.isBlank()) {
            return "\"" + line + "\" has no host name. Check the link, e.g. https://example.com/video.mp4.";
        }
        if (uri.getPort() > 65535) {
            return "\"" + line + "\" names the port " + uri.getPort() + "; ports go up to 65535. Check the link.";
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            return "The link to " + host + " contains a user name or password. Remove it (it would be sent"
                    + " to Twelve Labs and kept in the history); use a link that works without one, e.g. a signed URL.";
        }
        if (isVideoPage(host)) {
            return "\"" + line + "\" is a web page, not a video file. Twelve Labs needs a direct link to the file"
                    + " (ending in .mp4, .mov, ...); download the video and upload it as a file instead.";
        }
        return null;
    }

    /**
     * The host of a link, also one with '_' in its name (valid in DNS, and common in CDN and
     * bucket names), which {@link URI#getHost()} does not parse; null when there is none.
     */
    public static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        return HOST.matcher(host).matches() ? host : null;
    }

    /** True for a site whose links open a player page (youtube.com and its subdomains), not for notyoutube.com. */
    public static boolean isVideoPage(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String domain : PAGE_DOMAINS) {
            if (h.equals(domain) || h.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /** A line as a sentence may quote it: printable, and not longer than {@value #QUOTE_LIMIT} characters. */
    private static String shown(String line) {
        String printable = UNSEEN.matcher(line).replaceAll("?");
        return printable.length() <= QUOTE_LIMIT ? printable : printable.substring(0, QUOTE_LIMIT) + "\u2026";
    }

    private static String fileProblem(Submission s) {
        if (!Files.isRegularFile(s.videoFile())) {
            return "The file " + shown(s.videoFile().toString()) + " does not exist or is not a file. Check the path.";
        }
        if (!Files.isReadable(s.videoFile())) {
            return "The file " + shown(s.videoFile().toString()) + " cannot be read. Check its permissions.";
        }
        try {
            long limit = s.flow() == UploadFlow.ASSETS ? MAX_ASSET_FILE_BYTES : MAX_FILE_BYTES;
            if (Files.size(s.videoFile()) > limit) {
                return "The file " + shown(s.videoFile().getFileName().toString()) + " is larger than "
                        + limit / (1024 * 1024 * 1024) + " GB, the API's limit for "
                        + (s.flow() == UploadFlow.ASSETS ? "an asset" : "a task") + ". Shorten or compress it first.";
            }
        } catch (IOException e) {
            return "The size of " + shown(s.videoFile().toString()) + " cannot be read: " + e.getMessage();
        }
        return null;
    }

    private String languageProblem(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String lang = shown(language.strip());
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
            if (u.getHost() == null) {
                // A host with '_': no parsed port to drop, but its name is still case-insensitive.
                return index + " " + scheme + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT)
                        + upperEscapes(u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + upperEscapes(u.getRawQuery()));
            }
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
