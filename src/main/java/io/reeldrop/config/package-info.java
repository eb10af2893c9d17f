/**
 * Where ReelDrop keeps its files and how it connects: the data folder (per-OS default,
 * overridable), the saved profiles ({@code profiles.json}; the older single account in
 * {@code connection.properties}, read once to migrate it), and the API keys' storage. Shared by
 * the window and the command line so both see the same history and profiles. No JavaFX, and
 * nothing of ReelDrop's: what a profile means is {@code io.reeldrop.session}'s.
 */
package io.reeldrop.config;
