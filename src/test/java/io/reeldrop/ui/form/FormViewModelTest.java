package io.reeldrop.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiException;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.ui.FakeSession;
import io.reeldrop.ui.MemoryPreferences;
import io.reeldrop.ui.SyncTaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form's rules, run without a window through the synchronous executor. */
class FormViewModelTest {

    private static final String INDEX = "65f0a1b2c3d4e5f6a7b8c9d0";
    private final UiPreferences prefs = MemoryPreferences.fresh();
    private final FormViewModel form = new FormViewModel(new SyncTaskExecutor(), prefs);

    private FakeSession account(ApiVersion v) {
        FakeSession b = FakeSession.account(v, () -> List.of(FakeSession.index(INDEX, "Trailers", 3)));
        form.setBackend(b);
        return b;
    }

    @Test
    void aBadLineIsFlaggedAndKeptWhileTheGoodOnesAreSent() {
        FakeSession b = account(ApiVersion.V1_3);
        form.indexTextProperty().set(INDEX);
        form.urlsProperty().set("https://cdn.example.test/a.mp4\nftp://old.example.test/b.mp4\n\nhttps://cdn.example.test/c.mp4\n");

        form.submit();

        assertEquals(List.of("https://cdn.example.test/a.mp4", "https://cdn.example.test/c.mp4"),
                b.fake().received().stream().map(Submission::videoUrl).toList());
        assertEquals("ftp://old.example.test/b.mp4\n", form.urlsProperty().get());
        assertEquals(1, form.problems().size());
        assertTrue(form.problems().get(0).startsWith("Line 2 (ftp://old.example.test/b.mp4): only http and https"),
                form.problems().get(0));
        assertEquals("2 videos sent; 1 line needs attention (still in the box).", form.resultProperty().get());
    }

    @Test
    void submittingBeforeTheConnectionIsOpenSaysSoAndKeepsTheLines() {
        form.indexTextProperty().set(INDEX);
        form.urlsProperty().set("https://cdn.example.test/a.mp4\n");

        form.submit();

        assertEquals("https://cdn.example.test/a.mp4\n", form.urlsProperty().get());
        assertTrue(form.resultProperty().get().startsWith("ReelDrop is still connecting; nothing was sent."),
                form.resultProperty().get());
    }

    @Test
    void reloadingTheIndexesShowsTheNewVideoCountOfTheChosenIndex() {
        int[] videos = {0};
        form.setBackend(FakeSession.account(ApiVersion.V1_3, () -> List.of(FakeSession.index(INDEX, "Trailers", videos[0]))));
        form.indexTextProperty().set(INDEX);
        form.refreshIndexes();
        assertEquals("Trailers (0 videos) \u00b7 " + INDEX, form.indexTextProperty().get());

        videos[0] = 2;
        form.refreshIndexes();

        assertEquals("Trailers (2 videos) \u00b7 " + INDEX, form.indexTextProperty().get());
        assertEquals("", form.indexProblemProperty().get());
    }

    @Test
    void reloadingTheIndexesLeavesHalfTypedTextAlone() {
        form.setBackend(FakeSession.account(ApiVersion.V1_3, () -> List.of(FakeSession.index(INDEX, "Trailers", 1))));
        form.indexTextProperty().set("Trai");

        form.refreshIndexes();

        assertEquals("Trai", form.indexTextProperty().get());
    }

    @Test
    void aLineTheEngineRejectsStaysInTheBoxWithTheEnginesReason() {
        FakeSession b = account(ApiVersion.V1_3);
        form.indexTextProperty().set(INDEX);
        form.urlsProperty().set("https://cdn.example.test/reject-me.mp4\nhttps://cdn.example.test/ok.mp4");

        form.submit();

        assertEquals(1, b.fake().received().size());
        assertEquals("https://cdn.example.test/reject-me.mp4\n", form.urlsProperty().get());
        assertEquals(List.of("Line 1 (https://cdn.example.test/reject-me.mp4): the engine refused this URL."), form.problems());
    }

    @Test
    void problemsAreShownWhileTypingBeforeAnythingIsSent() {
        FakeSession b = account(ApiVersion.V1_3);
        form.urlsProperty().set("https://www.youtube.com/watch?v=x\nnot a url");

        assertEquals(2, form.problems().size());
        assertTrue(form.problems().get(0).contains("video page, not a video file"), form.problems().get(0));
        assertTrue(form.problems().get(1).contains("contains spaces"), form.problems().get(1));
        assertTrue(b.fake().received().isEmpty());
    }

    @Test
    void anUnknownIndexIdIsFlaggedAndNothingIsSent() {
        FakeSession b = account(ApiVersion.V1_3);
        form.indexTextProperty().set("65f0a1b2c3d4e5f6a7b8ffff");
        assertTrue(form.indexProblemProperty().get().startsWith("No index with id 65f0a1b2c3d4e5f6a7b8ffff"));
        form.indexTextProperty().set("my index");
        assertTrue(form.indexProblemProperty().get().contains("is not an index id"), form.indexProblemProperty().get());

        form.urlsProperty().set("https://cdn.example.test/a.mp4");
        form.submit();

        assertTrue(b.fake().received().isEmpty());
        assertEquals("https://cdn.example.test/a.mp4", form.urlsProperty().get());
        assertTrue(form.resultProperty().get().startsWith("Nothing was sent:"), form.resultProperty().get());
    }

    @Test
    void anIndexNameOrItsListLabelResolvesToItsId() {
        FakeSession b = account(ApiVersion.V1_3);
        assertEquals("1 index", form.indexStatusProperty().get());
        form.indexTextProperty().set(form.indexes().get(0).label());
        form.urlsProperty().set("https://cdn.example.test/a.mp4");

        form.submit();

        assertEquals(INDEX, b.fake().received().get(0).indexId());
        assertEquals(INDEX, prefs.getString(UiPreference.LAST_INDEX_ID));
    }

    @Test
    void aTypedIdIsAllowedWhenTheListCannotBeLoaded() {
        FakeSession b = FakeSession.account(ApiVersion.V1_3, () -> {
            throw new ApiException(ApiException.Kind.NETWORK, "The API did not answer. Check the connection.",
                    0, null, null, null, "GET /indexes", null);
        });
        form.setBackend(b);
        assertTrue(form.indexStatusProperty().get().contains("The API did not answer"), form.indexStatusProperty().get());
        assertTrue(form.indexStatusProperty().get().endsWith("You can still type an index id."));

        form.indexTextProperty().set(INDEX);
        form.urlsProperty().set("https://cdn.example.test/a.mp4");
        form.submit();

        assertEquals(1, b.fake().received().size());
    }

    @Test
    void languageIsSentAndRememberedAndTheHintFollowsTheApiVersion() {
        FakeSession b = account(ApiVersion.V1_3);
        assertTrue(form.languageHintProperty().get().contains("inside user_metadata"));
        form.indexTextProperty().set(INDEX);
        form.languageProperty().set(" en ");
        form.urlsProperty().set("https://cdn.example.test/a.mp4");
        form.submit();

        assertEquals("en", b.fake().received().get(0).language());
        assertEquals("en", prefs.getString(UiPreference.LANGUAGE));
        assertEquals("en", new FormViewModel(new SyncTaskExecutor(), prefs).languageProperty().get());

        account(ApiVersion.V1_2);
        assertTrue(form.languageHintProperty().get().contains("language field"));
    }

    @Test
    void anEmptyLanguageSendsNothing() {
        FakeSession b = account(ApiVersion.V1_2);
        form.indexTextProperty().set(INDEX);
        form.urlsProperty().set("https://cdn.example.test/a.mp4");
        form.submit();
        assertEquals(null, b.fake().received().get(0).language());
    }

    @Test
    void filesAreSentAndLeaveTheListOnceAccepted() {
        FakeSession b = account(ApiVersion.V1_3);
        form.indexTextProperty().set(INDEX);
        form.addFiles(List.of(Path.of("/videos/a.mp4"), Path.of("/videos/b.mov"), Path.of("/videos/a.mp4")));
        assertEquals(2, form.files().size());

        form.submit();

        assertEquals(List.of(Path.of("/videos/a.mp4"), Path.of("/videos/b.mov")),
                b.fake().received().stream().map(Submission::videoFile).toList());
        assertTrue(form.files().isEmpty());
    }

    @Test
    void theSandboxIndexIsPreselected() {
        FakeSession b = FakeSession.sandbox();
        form.setBackend(b);
        assertEquals("sandbox (0 videos) \u00b7 " + FakeSession.SANDBOX_INDEX, form.indexTextProperty().get());
        assertEquals("", form.indexProblemProperty().get());
    }

    @Test
    void anEmptyFormSaysWhatToDo() {
        account(ApiVersion.V1_3);
        form.indexTextProperty().set(INDEX);
        form.submit();
        assertEquals("Nothing to send: paste at least one video URL or add a file.", form.resultProperty().get());
    }

    @Test
    void droppedTextIsAppendedAsNewLines() {
        form.urlsProperty().set("https://a.example.test/1.mp4");
        form.appendUrls("https://a.example.test/2.mp4\nhttps://a.example.test/3.mp4");
        assertEquals(List.of("https://a.example.test/1.mp4", "https://a.example.test/2.mp4", "https://a.example.test/3.mp4"),
                UrlLines.parse(form.urlsProperty().get()).stream().map(UrlLines.Line::text).toList());
    }
}
