package io.reeldrop.tracking.upload;

import io.reeldrop.tracking.model.Submission;

/**
 * The check made before any byte of a video leaves: a refusal stops the upload with its sentence;
 * a note (what was found, or why the check could not tell) travels with the upload.
 */
@FunctionalInterface
public interface PreflightCheck {

    /** No check: every video goes. */
    PreflightCheck NONE = s -> Verdict.ok(null);

    Verdict check(Submission s);

    /** What the check found. */
    record Verdict(boolean refused, String sentence) {
        public static Verdict ok(String note) {
            return new Verdict(false, note);
        }

        public static Verdict refuse(String why) {
            return new Verdict(true, why);
        }
    }
}
