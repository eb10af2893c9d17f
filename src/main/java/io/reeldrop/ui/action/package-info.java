/**
 * The window's actions as data. {@link io.reeldrop.ui.action.StandardAction} names each action
 * once with its text, mnemonic, icon and keys; a {@link io.reeldrop.ui.action.Command} says when
 * it is enabled and what it does; {@link io.reeldrop.ui.action.ActionFactory} renders menu
 * items, buttons and key handlers from the pair, and {@link io.reeldrop.ui.action.ShortcutHelp}
 * the Help text. Uses nothing of ReelDrop's own, so every view package may depend on it.
 */
package io.reeldrop.ui.action;
