/**
 * Where ReelDrop keeps its files and how it connects: the data folder (per-OS default,
 * overridable), the chosen API URL, and the API key's storage. Shared by the window and the
 * command line so both see the same history and account. No JavaFX.
 */
package io.reeldrop.config;
