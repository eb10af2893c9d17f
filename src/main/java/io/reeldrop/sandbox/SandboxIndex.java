package io.reeldrop.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One index. Mutable, guarded by the {@link SandboxStore} lock; fields are plain so Jackson can
 * persist it as it is.
 */
final class SandboxIndex {

    /** A model (v1.3) or engine (v1.2) with its options: the same thing under two names. */
    record Model(String name, List<String> options) {
    }

    String id;
    String name;
    List<Model> models = new ArrayList<>();
    List<String> addons = new ArrayList<>();
    Instant createdAt;
    Instant updatedAt;

    SandboxIndex() {
        // for Jackson
    }

    SandboxIndex(String id, String name, List<Model> models, List<String> addons, Instant now) {
        this.id = id;
        this.name = name;
        this.models = new ArrayList<>(models);
        this.addons = new ArrayList<>(addons);
        this.createdAt = now;
        this.updatedAt = now;
    }
}
