/**
 * The persisted task history: one versioned JSON document in the data folder, written
 * atomically (temp file, fsync, rename) with the previous good copy kept beside it.
 *
 * <p>Owns the on-disk schema and its upgrade path; a file that cannot be read is moved aside,
 * never deleted, and the reason is reported as a sentence for a person. The API key never
 * reaches this package.
 */
package io.reeldrop.tracking.store;
