/**
 * The Settings dialog (File &gt; Settings…), built in code like the other views. A
 * {@link io.reeldrop.ui.settings.SettingsViewModel} reads every value when the dialog opens and
 * writes them only on Save; the dialog shows a list of
 * {@link io.reeldrop.ui.settings.SettingsSection}s, one titled part each.
 *
 * <p>Adding a section: a key in {@link io.reeldrop.ui.support.UiPreference}, a class implementing
 * {@code SettingsSection} that binds its controls to {@code model.flag(KEY)} (or
 * {@code model.text(KEY)}, {@code model.number(KEY)}), built with {@link io.reeldrop.ui.settings.SettingsRows},
 * and one more entry in the list the window passes to the dialog.
 */
package io.reeldrop.ui.settings;
