package io.reeldrop.api;

import java.util.List;
import java.util.Objects;

/**
 * {@code POST /indexes}: a name, the models (engines in v1.2) with their options, and add-ons
 * ({@code thumbnail}, Marengo only). The client writes the version's field names; which models
 * and options a version documents is {@link IndexModels}'.
 *
 * @param addons empty sends none
 */
public record CreateIndexRequest(String name, List<IndexModel> models, List<String> addons) {

    public CreateIndexRequest {
        Objects.requireNonNull(name, "name");
        models = List.copyOf(models);
        addons = List.copyOf(addons);
        if (name.isBlank()) {
            throw new IllegalArgumentException("An index needs a name.");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("An index needs at least one model.");
        }
    }
}
