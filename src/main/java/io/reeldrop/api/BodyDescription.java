package io.reeldrop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an answer body as a JSON object or says, in words, what it is instead: empty, an HTML
 * page (a proxy's error page usually), JSON cut short, an array, plain text.
 */
final class BodyDescription {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int QUOTE_LIMIT = 60;

    private BodyDescription() {
    }

    /** The body as a JSON object. */
    static JsonNode object(HttpAnswer answer) throws UnreadableAnswer {
        if (answer.oversized()) {
            throw new UnreadableAnswer("the body is larger than " + HttpAnswer.MAX_BODY / (1024 * 1024) + " MB");
        }
        String text = answer.text();
        if (text.isBlank()) {
            throw new UnreadableAnswer("the body is empty");
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            throw new UnreadableAnswer("the body is an HTML page" + title(trimmed) + ", not JSON");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonEOFException e) {
            throw new UnreadableAnswer("the JSON breaks off after " + answer.body().length + " bytes");
        } catch (StreamConstraintsException e) {
            throw new UnreadableAnswer(e.getMessage() != null && e.getMessage().contains("nesting depth")
                    ? "the JSON is nested deeper than " + JSON.getFactory().streamReadConstraints().getMaxNestingDepth()
                            + " levels"
                    : "the JSON is beyond ReelDrop's reading limits (" + quote(e.getOriginalMessage()) + ")");
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswer("the body is not JSON (it starts with \"" + quote(trimmed) + "\")");
        }
        if (node == null || node.isMissingNode()) {
            throw new UnreadableAnswer("the body is empty");
        }
        if (!node.isObject()) {
            throw new UnreadableAnswer("the body is a JSON " + kind(node) + " where a JSON object was expected");
        }
        return node;
    }

    static String kind(JsonNode node) {
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String title(String html) {
        Matcher m = TITLE.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
        if (!m.find()) {
            return "";
        }
        String t = Printable.line(m.group(1));
        return t.isEmpty() ? "" : " (\"" + quote(t) + "\")";
    }

    /**
     * The first characters of {@code text} on one line, safe to put in a sentence. Server text
     * reaches here with the key already hidden ({@link HttpAnswer#hiding}), so the cut cannot
     * leave part of it.
     */
    static String quote(String text) {
        return Printable.cut(text, QUOTE_LIMIT);
    }
}
