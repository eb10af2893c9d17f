package io.reeldrop.tracking.upload;

import io.reeldrop.preflight.ApiRelease;
import io.reeldrop.preflight.Flow;
import io.reeldrop.preflight.Limits;
import io.reeldrop.preflight.Outcome;
import io.reeldrop.preflight.Preflight;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;

/**
 * The engine's pre-flight: the {@link Preflight} layer's checks, against the limits of the flow
 * that will carry the video (a task, a direct or chunked file, or a link the platform fetches).
 * An inconclusive check lets the video go with a note saying what could not be checked.
 */
public final class PreflightChecks implements PreflightCheck {

    private final Preflight preflight;
    private final ApiRelease release;

    public PreflightChecks(Preflight preflight, String versionSegment) {
        this.preflight = preflight;
        this.release = ApiRelease.of(versionSegment);
    }

    @Override
    public Verdict check(Submission s) {
        // full name on purpose: this class answers with its interface's own Verdict
        io.reeldrop.preflight.Verdict v;
        try {
            if (s.videoFile() != null) {
                Flow flow = s.flow() == UploadFlow.TASKS ? Flow.TASK : Limits.assetFlowForFile(Files.size(s.videoFile()));
                v = preflight.checkFile(s.videoFile(), Limits.forFlow(release, flow));
            } else {
                Flow flow = s.flow() == UploadFlow.TASKS ? Flow.TASK : Flow.ASSET_URL;
                v = preflight.checkUrl(new URI(s.videoUrl().strip()), Limits.forFlow(release, flow));
            }
        } catch (IOException | URISyntaxException e) {
            return Verdict.ok("The video could not be checked before sending (" + e.getMessage() + "); it is sent"
                    + " anyway.");
        }
        if (v.outcome() == Outcome.REFUSED) {
            return Verdict.refuse(v.sentence());
        }
        return Verdict.ok(v.outcome() == Outcome.INCONCLUSIVE ? v.sentence() : null);
    }
}
