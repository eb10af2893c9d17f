/**
 * The persisted task history: one versioned JSON document in the data folder, written
 * atomically (temp file, fsync, rename) with the previous good copy kept beside it.
 *
 * <p>Owns the on-disk schema and its upgrade path. Damage costs as little as it can: a file
 * that cannot be read is moved aside (never deleted) and the previous copy used, with the journal
 * lines written since that copy was current, so nothing written is lost; an entry this
 * build cannot read is set aside in a quarantine file while the others stay; a torn journal line
 * costs only itself. Only the lock holder repairs; a reader without the lock only reports. Each
 * repair is told as a sentence for a person. The API key never reaches this package.
 */
package io.reeldrop.tracking.store;
