package io.reeldrop.ui.index;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.Index;
import io.reeldrop.api.IndexModel;
import io.reeldrop.api.IndexModels;
import io.reeldrop.session.Session;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new index's name, models, options and add-on; what is wrong with them, as a sentence,
 * before anything is sent; and the creation itself, which checks the name against a fresh list
 * of the account's indexes first. At most one model of each kind, as the service takes them.
 */
public final class CreateIndexViewModel {

    private final Session session;
    private final TaskExecutor executor;
    private final List<String> knownNames;
    private final StringProperty name = new SimpleStringProperty("");
    private final Map<IndexModels.Kind, ObjectProperty<IndexModels.Offer>> chosen = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> options = new LinkedHashMap<>();
    private final BooleanProperty thumbnails = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final StringBinding problem;

    /** @param knownNames the account's index names as the form last loaded them */
    public CreateIndexViewModel(Session session, TaskExecutor executor, List<String> knownNames) {
        this.session = session;
        this.executor = executor;
        this.knownNames = List.copyOf(knownNames);
        List<Observable> inputs = new ArrayList<>(List.of(name, thumbnails));
        for (IndexModels.Kind kind : IndexModels.Kind.values()) {
            IndexModels.Offer first = offers().stream().filter(o -> o.kind() == kind).findFirst().orElse(null);
            ObjectProperty<IndexModels.Offer> pick = new SimpleObjectProperty<>(first);
            chosen.put(kind, pick);
            inputs.add(pick);
        }
        for (IndexModels.Offer o : offers()) {
            for (String option : o.options()) {
                options.computeIfAbsent(o.name() + "/" + option, k -> {
                    BooleanProperty on = new SimpleBooleanProperty(true);
                    inputs.add(on);
                    return on;
                });
            }
        }
        name.addListener((o, a, b) -> failure.set(""));
        problem = Bindings.createStringBinding(this::findProblem, inputs.toArray(Observable[]::new));
    }

    /** The models this connection's API version documents. */
    public List<IndexModels.Offer> offers() {
        return IndexModels.documented(version());
    }

    public ApiVersion version() {
        return session.connection().version();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The model of {@code kind} to enable; null for none. */
    public ObjectProperty<IndexModels.Offer> chosenProperty(IndexModels.Kind kind) {
        return chosen.get(kind);
    }

    /** Whether {@code option} is enabled for {@code offer}; on by default. */
    public BooleanProperty optionProperty(IndexModels.Offer offer, String option) {
        return options.get(offer.name() + "/" + option);
    }

    public BooleanProperty thumbnailsProperty() {
        return thumbnails;
    }

    /** Thumbnails are a Marengo add-on: offered only with a search model. */
    public boolean thumbnailsPossible() {
        return chosen.get(IndexModels.Kind.SEARCH).get() != null;
    }

    /** What keeps the index from being created, as a sentence; empty when it can be. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** Why the last attempt did not work; empty until one fails. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    private String findProblem() {
        String nameProblem = IndexNameRule.problem(name.get(), knownNames);
        if (nameProblem != null) {
            return nameProblem;
        }
        if (chosen.values().stream().allMatch(p -> p.get() == null)) {
            return "Choose at least one model: a search model, a text-generation model, or both.";
        }
        for (ObjectProperty<IndexModels.Offer> p : chosen.values()) {
            IndexModels.Offer o = p.get();
            if (o != null && o.options().stream().noneMatch(opt -> optionProperty(o, opt).get())) {
                return "Turn on at least one option for " + o.name() + ".";
            }
        }
        return "";
    }

    /** The request as the choices stand. */
    CreateIndexRequest request() {
        List<IndexModel> models = new ArrayList<>();
        for (ObjectProperty<IndexModels.Offer> p : chosen.values()) {
            IndexModels.Offer o = p.get();
            if (o != null) {
                models.add(new IndexModel(o.name(), o.options().stream().filter(opt -> optionProperty(o, opt).get())
                        .toList()));
            }
        }
        List<String> addons = thumbnails.get() && thumbnailsPossible() ? List.of(IndexModels.THUMBNAIL) : List.of();
        return new CreateIndexRequest(name.get().strip(), models, addons);
    }

    /**
     * Checks the name against the account's indexes as they are now, then creates the index.
     *
     * @param done told the new index's id and name on success; a failure is a sentence in
     *     {@link #failureProperty()}
     */
    public void create(BiConsumer<String, String> done) {
        if (creating.get() || !problem.get().isEmpty()) {
            return;
        }
        CreateIndexRequest request = request();
        creating.set(true);
        failure.set("");
        executor.execute(() -> {
            Set<String> taken = new LinkedHashSet<>();
            for (Index i : session.listIndexes()) {
                taken.add(i.name());
            }
            String late = IndexNameRule.problem(request.name(), taken);
            if (late != null) {
                throw new IllegalArgumentException(late);
            }
            return session.createIndex(request);
        }, id -> {
            creating.set(false);
            done.accept(id, request.name());
        }, e -> {
            creating.set(false);
            failure.set(e instanceof IllegalArgumentException ? e.getMessage() : ErrorText.of("Creating the index", e));
        });
    }
}
