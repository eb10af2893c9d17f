package io.reeldrop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.config.OwnerOnlyFileSecretStore;
import io.reeldrop.session.Accounts;
import io.reeldrop.session.EngineSessions;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.tracking.SandboxRig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile NAME} opens a profile saved in the window, with its own key and history id. */
class ProfileFlagTest {

    @TempDir
    Path data;
    private SandboxRig account;

    @BeforeEach
    void saveAProfileAsTheWindowDoes() {
        account = new SandboxRig(60);
        Accounts window = new Accounts(new EngineSessions(data), LaunchOptions.ofDataFolder(data),
                () -> new OwnerOnlyFileSecretStore(data));
        window.addAccount("Work", account.sandbox.baseUri(), account.sandbox.apiKey()).close();
        window.useSandbox().close(); // the active profile is the sandbox: only the flag picks Work
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReelDropCli.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSavedProfileIsOpenedByNameWithItsOwnKey() throws Exception {
        Result sent = run("submit", "--profile", "work", "--data-dir", data.toString(), "--index", SandboxRig.INDEX,
                "--wait", account.videos.url("by-name"));
        assertEquals(0, sent.code(), sent.out() + sent.err());
        assertFalse(sent.err().contains("sandbox"), "no fallback to the local sandbox: " + sent.err());
        assertEquals(1, account.indexedVideos(), "the video is on the profile's account");

        Result csv = run("list", "--csv", "--data-dir", data.toString());
        assertEquals(0, csv.code(), csv.err());
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.out())).getRecords();
        int profileColumn = records.get(0).toList().indexOf("Profile");
        assertEquals("Work", records.get(1).get(profileColumn), "list --csv names the task's profile");

        Result refused = run("import", "--profile", "Home", "--data-dir", data.toString(), "--index", SandboxRig.INDEX);
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("No profile is named \"Home\". The profiles are: Local sandbox, Work."),
                refused.err());
    }
}
