/**
 * Creating an index from the window: the name checked before anything is sent (not empty, no
 * line breaks, not one the account already has), the models and options the connection's API
 * version documents, and the {@code POST /indexes} on a worker. Reached from the form's index
 * field and from File > New index.
 */
package io.reeldrop.ui.index;
