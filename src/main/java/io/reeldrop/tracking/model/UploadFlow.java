package io.reeldrop.tracking.model;

/** The API flow that turns a submission into something indexed. */
public enum UploadFlow {
    /** {@code POST /tasks}, then follow the task: v1.2 and v1.3. */
    TASKS
}
