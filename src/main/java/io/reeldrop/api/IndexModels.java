package io.reeldrop.api;

import java.util.List;

/**
 * The models each API version documents for a new index, with their options, as the vendor's
 * OpenAPI descriptions list them (create-index request body). v1.3: Marengo 3.0 or 2.7 for
 * search and embeddings, Pegasus 1.2 for generating text, options {@code visual} and
 * {@code audio}, at most two models. v1.2: Marengo 2.6 with {@code visual}, {@code conversation},
 * {@code text_in_video} and {@code logo}, Pegasus 1.1 with {@code visual} and
 * {@code conversation}. The {@code thumbnail} add-on needs a Marengo model.
 */
public final class IndexModels {

    /** What a model is for: a person picks at most one of each. */
    public enum Kind {
        /** Marengo: search, classification, embeddings. */
        SEARCH,
        /** Pegasus: text generated from the videos. */
        GENERATIVE
    }

    /** One model a version offers. */
    public record Offer(String name, Kind kind, List<String> options) {
        public Offer {
            options = List.copyOf(options);
        }
    }

    /** The one add-on both versions document. */
    public static final String THUMBNAIL = "thumbnail";

    private static final List<Offer> V1_3 = List.of(
            new Offer("marengo3.0", Kind.SEARCH, List.of("visual", "audio")),
            new Offer("marengo2.7", Kind.SEARCH, List.of("visual", "audio")),
            new Offer("pegasus1.2", Kind.GENERATIVE, List.of("visual", "audio")));
    private static final List<Offer> V1_2 = List.of(
            new Offer("marengo2.6", Kind.SEARCH, List.of("visual", "conversation", "text_in_video", "logo")),
            new Offer("pegasus1.1", Kind.GENERATIVE, List.of("visual", "conversation")));

    private IndexModels() {
    }

    /** The documented models, the version's newest search model first. */
    public static List<Offer> documented(ApiVersion version) {
        return version == ApiVersion.V1_2 ? V1_2 : V1_3;
    }

    /** The field names of the request body in {@code version}: models or engines. */
    static String listField(ApiVersion version) {
        return version == ApiVersion.V1_2 ? "engines" : "models";
    }

    static String nameField(ApiVersion version) {
        return version == ApiVersion.V1_2 ? "engine_name" : "model_name";
    }

    static String optionsField(ApiVersion version) {
        return version == ApiVersion.V1_2 ? "engine_options" : "model_options";
    }
}
