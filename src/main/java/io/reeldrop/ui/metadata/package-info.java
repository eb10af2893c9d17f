/**
 * A small editor of user metadata, keys with text, number or true/false values as the API
 * allows: {@link io.reeldrop.ui.metadata.MetadataRows} holds and checks the rows and writes them
 * as JSON or as changes; {@link io.reeldrop.ui.metadata.MetadataEditor} draws them. The form uses
 * it for a batch's metadata, the details pane for editing a sent video's.
 */
package io.reeldrop.ui.metadata;
