package io.reeldrop.sandbox;

import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Applies the current {@link FaultPlan}. Request faults come from one seeded sequence, drawn in
 * the order requests arrive; task failures are derived from the seed and the task's creation
 * number alone, so they do not depend on how requests interleave.
 *
 * <p>Change the plan at any time with {@link #set(FaultPlan)}; that also restarts the sequence.
 */
public final class FaultInjector {

    /** What to do to one answer. */
    public enum RequestFault { NONE, ERROR_500, ERROR_502, ERROR_503, DROP_CONNECTION, EMPTY_429 }

    /** What to do to one chunk PUT on the presigned-URL port. */
    enum UploadFault { NONE, ERROR_500, ERROR_503, DROP_CONNECTION, EXPIRED_URL }

    private FaultPlan plan = FaultPlan.none();
    private Random random = new Random(plan.seed());
    /** Its own sequence: chunk PUTs run in parallel with API calls, and must not shift their faults. */
    private Random uploadRandom = new Random(~plan.seed());
    private int burstLeft;

    public synchronized void set(FaultPlan newPlan) {
        plan = newPlan;
        random = new Random(newPlan.seed());
        uploadRandom = new Random(~newPlan.seed());
        burstLeft = 0;
    }

    /** Back to no faults. */
    public void clear() {
        set(FaultPlan.none());
    }

    public synchronized FaultPlan plan() {
        return plan;
    }

    synchronized RequestFault nextRequestFault() {
        if (burstLeft > 0) {
            burstLeft--;
            return RequestFault.EMPTY_429;
        }
        if (plan.isNone()) {
            return RequestFault.NONE;
        }
        // Always draw the same number of values per request, so one fraction's change does not
        // shift the decisions of the others.
        double burst = random.nextDouble();
        double error = random.nextDouble();
        double drop = random.nextDouble();
        int whichError = random.nextInt(3);
        if (burst < plan.tooManyRequestsBurstFraction()) {
            burstLeft = plan.tooManyRequestsBurstLength() - 1;
            return RequestFault.EMPTY_429;
        }
        if (error < plan.serverErrorFraction()) {
            return switch (whichError) {
                case 0 -> RequestFault.ERROR_500;
                case 1 -> RequestFault.ERROR_502;
                default -> RequestFault.ERROR_503;
            };
        }
        if (drop < plan.dropFraction()) {
            return RequestFault.DROP_CONNECTION;
        }
        return RequestFault.NONE;
    }

    /**
     * The fault for one chunk PUT: the plan's server errors (as an object store answers them,
     * 500 or 503), dropped connections and expired URLs, drawn from the upload sequence.
     */
    synchronized UploadFault nextUploadFault() {
        if (plan.isNone()) {
            return UploadFault.NONE;
        }
        double error = uploadRandom.nextDouble();
        double drop = uploadRandom.nextDouble();
        double expired = uploadRandom.nextDouble();
        boolean first = uploadRandom.nextBoolean();
        if (error < plan.serverErrorFraction()) {
            return first ? UploadFault.ERROR_500 : UploadFault.ERROR_503;
        }
        if (drop < plan.dropFraction()) {
            return UploadFault.DROP_CONNECTION;
        }
        if (expired < plan.expiredUrlFraction()) {
            return UploadFault.EXPIRED_URL;
        }
        return UploadFault.NONE;
    }

    synchronized long slowBodyBytesPerSecond() {
        return plan.slowBodyBytesPerSecond();
    }

    synchronized long latencyMillis() {
        return plan.latency().toMillis();
    }

    /** The stage at which the task with this creation number fails, if the plan says it does. */
    synchronized Optional<TaskState> taskFailureStage(long taskNumber) {
        if (plan.taskFailureFraction() == 0) {
            return Optional.empty();
        }
        // SplittableRandom mixes its seed, so tasks numbered 1, 2, 3 get unrelated draws
        // (java.util.Random's first draws for neighbouring seeds are nearly equal).
        SplittableRandom taskRandom = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + taskNumber);
        if (taskRandom.nextDouble() >= plan.taskFailureFraction()) {
            return Optional.empty();
        }
        TaskState[] stages = {TaskState.VALIDATING, TaskState.PENDING, TaskState.QUEUED, TaskState.INDEXING};
        return Optional.of(stages[taskRandom.nextInt(stages.length)]);
    }
}
