/**
 * The submission form: index (listed in the background, or typed), language, URLs and files,
 * with each problem shown beside its line before anything is sent; and what the batch goes with
 * (the flow, user metadata and the streaming choice).
 */
package io.reeldrop.ui.form;
