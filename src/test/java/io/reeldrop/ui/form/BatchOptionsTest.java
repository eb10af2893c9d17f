package io.reeldrop.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.ui.FakeSession;
import io.reeldrop.ui.MemoryPreferences;
import io.reeldrop.ui.SyncTaskExecutor;
import io.reeldrop.ui.metadata.MetadataRows;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the form sends every video of a batch with: the flow, the user metadata, the streaming choice. */
class BatchOptionsTest {

    private static final String INDEX = "65f0a1b2c3d4e5f6a7b8c9d0";
    private final UiPreferences prefs = MemoryPreferences.fresh();
    private final FormViewModel form = new FormViewModel(new SyncTaskExecutor(), prefs);

    private FakeSession account(ApiVersion v) {
        FakeSession b = FakeSession.account(v, () -> List.of(FakeSession.index(INDEX, "Trailers", 3)));
        form.setBackend(b);
        form.indexTextProperty().set(INDEX);
        return b;
    }

    private void meta(String key, MetadataRows.Kind kind, String value) {
        MetadataRows.Row r = form.options().metadata().add();
        r.keyProperty().set(key);
        r.kindProperty().set(kind);
        r.valueProperty().set(value);
    }

    @Test
    void onV13UrlsAndFilesGoAsAssetsWithTheBatchsMetadataAndStreamingChoice() {
        FakeSession b = account(ApiVersion.V1_3);
        meta("camera", MetadataRows.Kind.TEXT, "A");
        meta("take", MetadataRows.Kind.NUMBER, "3");
        form.options().chooseStream(true);
        form.urlsProperty().set("https://cdn.example.test/a.mp4\n");
        form.addFiles(List.of(Path.of("/videos/b.mp4")));

        form.submit();

        assertEquals("as assets", form.options().flowTextProperty().get());
        List<Submission> sent = b.fake().received();
        assertEquals(2, sent.size());
        for (Submission s : sent) {
            assertEquals(UploadFlow.ASSETS, s.flow());
            assertEquals("{\"camera\":\"A\",\"take\":3}", s.userMetadataJson());
            assertEquals(Boolean.TRUE, s.enableVideoStream());
        }
    }

    @Test
    void theLegacySettingKeepsTasksAndTheDefaultStreamingIsTheApis() {
        prefs.put(UiPreference.LEGACY_TASKS_FLOW, true);
        FakeSession b = account(ApiVersion.V1_3);
        assertEquals("API default: kept", form.options().streamProperty().get().label(), "tasks keep the video");
        form.urlsProperty().set("https://cdn.example.test/a.mp4\n");

        form.submit();

        Submission s = b.fake().received().get(0);
        assertEquals(UploadFlow.TASKS, s.flow());
        assertNull(s.enableVideoStream(), "null leaves the API's default");
        assertNull(s.userMetadataJson());
        assertEquals("as tasks", form.options().flowTextProperty().get());

        prefs.put(UiPreference.LEGACY_TASKS_FLOW, false);
        form.settingsChanged();
        assertEquals("as assets", form.options().flowTextProperty().get(), "a saved setting applies at once");
        assertEquals("API default: not kept", form.options().streamProperty().get().label(),
                "indexed assets are not kept unless asked");
    }

    @Test
    void v12SendsTasksAndNoMetadataAndSaysWhy() {
        FakeSession b = account(ApiVersion.V1_2);
        meta("camera", MetadataRows.Kind.TEXT, "A");
        form.urlsProperty().set("https://cdn.example.test/a.mp4\n");

        form.submit();

        assertFalse(form.options().metadataAllowedProperty().get());
        assertTrue(form.options().metadataNoteProperty().get().startsWith("API v1.2 takes no user metadata"));
        Submission s = b.fake().received().get(0);
        assertEquals(UploadFlow.TASKS, s.flow());
        assertNull(s.userMetadataJson());
        assertEquals("as tasks", form.options().flowTextProperty().get());
    }

    @Test
    void badMetadataSendsNothingAndSaysWhy() {
        FakeSession b = account(ApiVersion.V1_3);
        meta("size", MetadataRows.Kind.NUMBER, "3");
        form.urlsProperty().set("https://cdn.example.test/a.mp4\n");

        form.submit();

        assertEquals(List.of(), b.fake().received());
        assertTrue(form.resultProperty().get().startsWith("Nothing was sent: \"size\" is a key the platform keeps"),
                form.resultProperty().get());
        assertEquals("https://cdn.example.test/a.mp4\n", form.urlsProperty().get(), "the lines stay");
    }

    @Test
    void theLanguageKeepsItsOwnField() {
        account(ApiVersion.V1_3);
        meta("language", MetadataRows.Kind.TEXT, "fr");
        assertEquals("Set the language in the Language field; it is sent as the \"language\" key.",
                form.options().problem());
    }
}
