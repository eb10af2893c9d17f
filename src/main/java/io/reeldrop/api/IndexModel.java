package io.reeldrop.api;

import java.util.List;
import java.util.Objects;

/**
 * A model and the options it is enabled with in a new index: {@code models} with
 * {@code model_name}/{@code model_options} in v1.3, {@code engines} with
 * {@code engine_name}/{@code engine_options} in v1.2. The same thing under two names.
 */
public record IndexModel(String name, List<String> options) {

    public IndexModel {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
    }
}
