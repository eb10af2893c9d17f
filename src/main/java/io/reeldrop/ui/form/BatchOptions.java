package io.reeldrop.ui.form;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.metadata.MetadataRows;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every video of the next batch is sent with besides its index and language: the flow (on
 * v1.3 the assets flow, unless the settings keep the legacy tasks flow; v1.2 knows only tasks),
 * the user metadata (v1.3 only) and whether the video is kept for streaming.
 */
public final class BatchOptions {

    /**
     * One choice of the streaming box.
     *
     * @param value what {@link Submission#withVideoStream} gets: null leaves the API's default
     */
    public record StreamChoice(Boolean value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MetadataRows metadata = new MetadataRows().reserve("language",
            "Set the language in the Language field; it is sent as the \"language\" key.");
    private final ReadOnlyObjectWrapper<UploadFlow> flow = new ReadOnlyObjectWrapper<>(UploadFlow.TASKS);
    private final ReadOnlyStringWrapper flowText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper flowHelp = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper metadataAllowed = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper metadataNote = new ReadOnlyStringWrapper("");
    private final ObservableList<StreamChoice> streamChoices = FXCollections.observableArrayList();
    private final ObjectProperty<StreamChoice> stream = new SimpleObjectProperty<>();
    private ApiVersion version;

    public BatchOptions() {
        fillStreamChoices();
    }

    /** Follows the connection's version and the legacy-flow setting; the stream choice is kept. */
    public void configure(ApiVersion v, boolean legacyTasksFlow) {
        version = v;
        UploadFlow f = v == ApiVersion.V1_3 && !legacyTasksFlow ? UploadFlow.defaultFor(v.pathSegment())
                : UploadFlow.TASKS;
        flow.set(f);
        flowText.set(f == UploadFlow.ASSETS ? "as assets" : "as tasks");
        flowHelp.set(f == UploadFlow.ASSETS
                ? "Sent through API v1.3's assets flow: each video becomes an asset (big files in chunks that can be"
                        + " paused), then an indexed asset. File > Settings > Uploads can keep the legacy tasks flow."
                : v == ApiVersion.V1_3
                        ? "Sent as tasks (POST /tasks), the legacy flow, as File > Settings > Uploads asks."
                        : "Sent as tasks (POST /tasks): API v1.2 has no assets flow.");
        boolean takesMetadata = v == ApiVersion.V1_3;
        metadataAllowed.set(takesMetadata);
        metadataNote.set(takesMetadata ? "" : "API v1.2 takes no user metadata; connect to a v1.3 account to send it.");
        fillStreamChoices();
    }

    /** The submission with this batch's flow, metadata and streaming choice. */
    public Submission apply(Submission s) {
        StreamChoice choice = stream.get();
        return s.withFlow(flow.get()).withUserMetadata(metadataAllowed.get() ? metadata.json() : null)
                .withVideoStream(choice == null ? null : choice.value());
    }

    /** Why the batch cannot be sent as it is, or null. */
    public String problem() {
        String p = metadata.problemProperty().get();
        return metadataAllowed.get() && !p.isEmpty() ? p : null;
    }

    /** What the API does without a choice: indexed assets are not kept for streaming, tasks are. */
    private boolean apiKeepsByDefault() {
        return flow.get() == UploadFlow.TASKS;
    }

    private void fillStreamChoices() {
        Boolean chosen = stream.get() == null ? null : stream.get().value();
        String byDefault = version == null ? "the API's default"
                : "API default: " + (apiKeepsByDefault() ? "kept" : "not kept");
        List<StreamChoice> choices = List.of(new StreamChoice(null, byDefault),
                new StreamChoice(Boolean.TRUE, "Keep for streaming"), new StreamChoice(Boolean.FALSE, "Don't keep"));
        streamChoices.setAll(choices);
        stream.set(choices.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst().orElseThrow());
    }

    public MetadataRows metadata() {
        return metadata;
    }

    public ReadOnlyObjectProperty<UploadFlow> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    /** "as assets" or "as tasks", shown quietly beside Submit. */
    public ReadOnlyStringProperty flowTextProperty() {
        return flowText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flowHelpProperty() {
        return flowHelp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty metadataAllowedProperty() {
        return metadataAllowed.getReadOnlyProperty();
    }

    /** Why metadata cannot be sent on this connection; empty when it can. */
    public ReadOnlyStringProperty metadataNoteProperty() {
        return metadataNote.getReadOnlyProperty();
    }

    public ObservableList<StreamChoice> streamChoices() {
        return streamChoices;
    }

    /** The streaming choice; its value null means the API's default. */
    public ObjectProperty<StreamChoice> streamProperty() {
        return stream;
    }

    /** Chooses by value: null (the API's default), true or false. */
    public void chooseStream(Boolean value) {
        streamChoices.stream().filter(c -> Objects.equals(c.value(), value)).findFirst().ifPresent(stream::set);
    }
}
