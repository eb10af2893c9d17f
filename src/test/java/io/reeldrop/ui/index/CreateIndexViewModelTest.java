package io.reeldrop.ui.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.CreateIndexRequest;
import io.reeldrop.api.IndexModel;
import io.reeldrop.api.IndexModels;
import io.reeldrop.ui.FakeSession;
import io.reeldrop.ui.SyncTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The new index's checks before anything is sent, and the request each API version gets. */
class CreateIndexViewModelTest {

    private final FakeSession v13 = FakeSession.account(ApiVersion.V1_3,
            () -> List.of(FakeSession.index("65f0a1b2c3d4e5f6a7b8c9d0", "news", 3)));

    private CreateIndexViewModel model(FakeSession session, List<String> known) {
        return new CreateIndexViewModel(session, new SyncTaskExecutor(), known);
    }

    @Test
    void theNameIsCheckedAsItIsTyped() {
        CreateIndexViewModel m = model(v13, List.of("news"));
        assertEquals("Give the index a name.", m.problemProperty().get());
        m.nameProperty().set("   ");
        assertEquals("Give the index a name.", m.problemProperty().get());
        m.nameProperty().set("two\tparts");
        assertEquals("The name cannot contain line breaks, tabs or other control characters.", m.problemProperty().get());
        m.nameProperty().set(" news ");
        assertEquals("This account already has an index named \"news\". Choose another name.", m.problemProperty().get());
        m.nameProperty().set("News");
        assertEquals("", m.problemProperty().get(), "the service compares names as they are; so does the check");
        m.nameProperty().set("a".repeat(300) + " \u00e9t\u00e9 \uD83C\uDFAC");
        assertEquals("", m.problemProperty().get(), "neither spec limits length or characters, so neither does ReelDrop");
    }

    @Test
    void atLeastOneModelWithAtLeastOneOption() {
        CreateIndexViewModel m = model(v13, List.of());
        m.nameProperty().set("clips");
        IndexModels.Offer marengo = m.chosenProperty(IndexModels.Kind.SEARCH).get();
        m.optionProperty(marengo, "visual").set(false);
        m.optionProperty(marengo, "audio").set(false);
        assertEquals("Turn on at least one option for marengo3.0.", m.problemProperty().get());
        m.chosenProperty(IndexModels.Kind.SEARCH).set(null);
        m.chosenProperty(IndexModels.Kind.GENERATIVE).set(null);
        assertEquals("Choose at least one model: a search model, a text-generation model, or both.",
                m.problemProperty().get());
    }

    @Test
    void v13SendsModelsWithTheChosenOptionsAndThumbnailsOnlyWithMarengo() {
        CreateIndexViewModel m = model(v13, List.of());
        m.nameProperty().set("  clips ");
        IndexModels.Offer pegasus = m.chosenProperty(IndexModels.Kind.GENERATIVE).get();
        m.optionProperty(pegasus, "audio").set(false);
        m.thumbnailsProperty().set(true);
        CreateIndexRequest r = m.request();
        assertEquals("clips", r.name());
        assertEquals(List.of(new IndexModel("marengo3.0", List.of("visual", "audio")),
                new IndexModel("pegasus1.2", List.of("visual"))), r.models());
        assertEquals(List.of("thumbnail"), r.addons());
        m.chosenProperty(IndexModels.Kind.SEARCH).set(null);
        assertEquals(List.of(), m.request().addons(), "thumbnails are a Marengo add-on");
    }

    @Test
    void v12OffersItsEnginesAndTheirFourOptions() {
        FakeSession v12 = FakeSession.account(ApiVersion.V1_2, List::of);
        CreateIndexViewModel m = model(v12, List.of());
        m.nameProperty().set("old");
        assertEquals(new IndexModel("marengo2.6", List.of("visual", "conversation", "text_in_video", "logo")),
                m.request().models().get(0));
        assertEquals("pegasus1.1", m.request().models().get(1).name());
    }

    @Test
    void aNameTakenSinceTheListWasLoadedIsCaughtBeforeThePost() {
        List<String> done = new ArrayList<>();
        CreateIndexViewModel m = model(v13, List.of()); // the form's list was empty; the account has "news"
        m.nameProperty().set("news");
        m.create((id, name) -> done.add(id));
        assertTrue(done.isEmpty());
        assertEquals("This account already has an index named \"news\". Choose another name.", m.failureProperty().get());
        assertEquals(1, v13.listIndexes().size(), "nothing was created");

        m.nameProperty().set("sport");
        assertEquals("", m.failureProperty().get(), "typing clears the last refusal");
        m.create((id, name) -> done.add(name));
        assertEquals(List.of("sport"), done);
        assertTrue(v13.listIndexes().stream().anyMatch(i -> i.name().equals("sport")));
    }
}
