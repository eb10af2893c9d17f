package io.reeldrop.cli;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.SubmissionRules;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.upload.UploadSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Sends videos (links or files) to an index and prints one JSON line per task as it changes.",
            "Without --wait it returns once every video is sent (monitoring resumes with 'watch' or the window)."})
final class SubmitCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    TimeoutOption timeout;

    @Option(names = "--index", required = true, paramLabel = "ID", description = "Index id (24 hexadecimal characters).")
    String index;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Video language: v1.2 accepts only en; v1.3 keeps it in user metadata.")
    String language;

    @Option(names = "--wait", description = "Wait until every task is ready or failed.")
    boolean waitForEnd;

    @Mixin
    UploadOptions upload;

    @Parameters(arity = "1..*", paramLabel = "VIDEO",
            description = "Direct links to video files (http or https), or paths of video files.")
    List<String> urls;

    private final Cli cli;

    SubmitCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        String problem = SubmissionRules.indexProblem(index);
        if (problem != null) {
            throw new CliFailure(ExitCodes.USAGE, problem);
        }
        // Checked before anything is opened or sent: a bad --timeout must not cost a POST.
        Duration limit = timeout.duration();
        UploadSettings uploads = upload.settings();
        long rate = upload.maxRate();
        try (Session session = cli.open(global, uploads)) {
            if (rate > 0) {
                try {
                    session.tracker().uploads().setLimit(rate);
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(ExitCodes.USAGE, e.getMessage());
                }
            }
            UploadFlow flow = upload.flow(session.connection().version().pathSegment());
            List<Submission> submissions = new ArrayList<>();
            for (String url : urls) {
                submissions.add(upload.submission(index, language, url, flow));
            }
            List<SubmitOutcome> outcomes = session.tracker().submit(submissions);
            boolean anyRefused = false;
            Set<String> follow = new LinkedHashSet<>();
            for (SubmitOutcome o : outcomes) {
                if (o.kind() != SubmitOutcome.Kind.ACCEPTED) {
                    cli.out().println(TaskLines.outcome(o));
                    anyRefused |= o.kind() == SubmitOutcome.Kind.REJECTED;
                }
                if (o.tracked() != null) {
                    follow.add(o.tracked().localId());
                }
            }
            cli.out().flush();
            Follow.Outcome end = new Follow(session.tracker(), follow, cli.out(),
                    waitForEnd ? TrackedTask::isSettled : SubmitCommand::sentOrSettled).await(limit);
            session.tracker().flush();
            int code = TimeoutOption.exitCode(end, cli.err());
            return anyRefused ? ExitCodes.FAILED : code;
        }
    }

    static boolean sentOrSettled(TrackedTask t) {
        return t.state() == SubmissionState.SENT || t.isSettled();
    }

    static boolean failedOrNotSent(TrackedTask t) {
        return t == null || t.state() == SubmissionState.NOT_SENT || t.state() == SubmissionState.NEEDS_DECISION
                || t.state() == SubmissionState.PAUSED
                || (t.task() != null && t.task().status().equals(TaskStatus.FAILED));
    }
}
