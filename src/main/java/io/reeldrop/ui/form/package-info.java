/**
 * The submission form: index (listed in the background, or typed), language, URLs and files,
 * with each problem shown beside its line before anything is sent.
 */
package io.reeldrop.ui.form;
