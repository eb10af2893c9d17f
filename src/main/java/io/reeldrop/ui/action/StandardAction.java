package io.reeldrop.ui.action;

import java.util.Optional;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every action the window offers, defined once: text with its mnemonic, icon, keys and where
 * the keys work. What an action does and when it is enabled is its {@link Command}. Menus, the
 * row menu, the table's keys and Help are all rendered from these, so they cannot disagree.
 */
public enum StandardAction {
    PASTE_URLS("_Paste URLs", Feather.CLIPBOARD, "Shortcut+Shift+V", Scope.WINDOW),
    ADD_FILES("_Add files\u2026", Feather.FILE_PLUS, "Shortcut+Shift+O", Scope.WINDOW),
    SUBMIT("_Submit", Feather.SEND, "Shortcut+Enter", Scope.WINDOW),
    ADD_ACCOUNT("_Add an account\u2026", Feather.USER_PLUS, "Shortcut+Comma", Scope.WINDOW),
    MANAGE_PROFILES("_Manage profiles\u2026", Feather.USERS, null, Scope.WINDOW),
    /** Ctrl+Comma is Add an account's; Ctrl+Shift+S types no character on any layout (Ctrl+Alt is AltGr on many). */
    SETTINGS("Se_ttings\u2026", Feather.SETTINGS, "Shortcut+Shift+S", Scope.WINDOW),
    CREATE_INDEX("New _index\u2026", Feather.FOLDER_PLUS, null, Scope.WINDOW),
    EXPORT("_Export tasks\u2026", Feather.SHARE, "Shortcut+E", Scope.WINDOW),
    QUIT("_Quit", Feather.LOG_OUT, "Shortcut+Q", Scope.WINDOW),

    FIND_TASKS("_Find tasks", Feather.SEARCH, "Shortcut+F", Scope.WINDOW),
    REFRESH_INDEXES("_Refresh indexes", Feather.REFRESH_CW, "F5", Scope.WINDOW),
    GO_TO_FORM("Go to the f_orm", Feather.EDIT_3, "Shortcut+L", Scope.WINDOW),
    GO_TO_TABLE("Go to the _table", Feather.LIST, "Shortcut+T", Scope.WINDOW),

    SHOW_DETAILS("Show _details", Feather.INFO, "Enter", Scope.TABLE),
    CLOSE_DETAILS("C_lose details", Feather.SIDEBAR, "Esc", Scope.TABLE),
    /**
     * Shortcut+C copies what is selected, the rows, as a spreadsheet or file manager does: one
     * key, one meaning, however many rows. The ids have their own action and keys.
     */
    COPY_AS_TEXT("Copy as te_xt", Feather.CLIPBOARD, "Shortcut+C", Scope.TABLE),
    COPY_TASK_ID("_Copy task ids", Feather.COPY, "Shortcut+Shift+C", Scope.TABLE),
    COPY_VIDEO_ID("Copy _video ids", Feather.COPY, null, Scope.TABLE),
    COPY_SOURCE("Copy URLs or _file paths", Feather.LINK, null, Scope.TABLE),
    OPEN_HLS("_Open HLS stream", Feather.PLAY_CIRCLE, "Shortcut+O", Scope.TABLE),
    PAUSE_UPLOAD("_Pause upload", Feather.PAUSE, null, Scope.TABLE),
    RESUME_UPLOAD("Res_ume upload", Feather.PLAY, null, Scope.TABLE),
    RETRY("_Retry", Feather.ROTATE_CW, "Shortcut+R", Scope.TABLE),
    ADOPT_FOUND("_Adopt the task found\u2026", Feather.CHECK_SQUARE, null, Scope.TABLE),
    SEND_AGAIN("Send a_gain\u2026", Feather.SEND, null, Scope.TABLE),
    REMOVE("Re_move from the list", Feather.X, "Delete", Scope.TABLE),
    DELETE_ON_SERVER("Delete on the _server\u2026", Feather.TRASH_2, "Shift+Delete", Scope.TABLE),
    TRACK_EXISTING("Track _existing tasks", Feather.DOWNLOAD_CLOUD, null, Scope.WINDOW),
    /** The whole queue: uploads under way stop after their chunks in flight, new ones wait. */
    PAUSE_ALL("Pause all uploads", Feather.PAUSE_CIRCLE, null, Scope.WINDOW),
    RESUME_ALL("Resume all uploads", Feather.FAST_FORWARD, null, Scope.WINDOW),

    KEYBOARD_SHORTCUTS("_Keyboard shortcuts", Feather.COMMAND, "F1", Scope.WINDOW),
    ABOUT("_About ReelDrop", Feather.FILM, null, Scope.WINDOW);

    /** Where an action's keys work. */
    public enum Scope {
        /** Anywhere in the window: an accelerator of the scene. */
        WINDOW,
        /**
         * Only while the task table has the focus. Delete, Enter or Ctrl+C typed in the URL box
         * must stay text editing, and a scene accelerator would take them first.
         */
        TABLE
    }

    private final String text;
    private final Feather icon;
    private final KeyCombination keys;
    private final Scope scope;

    StandardAction(String text, Feather icon, String keys, Scope scope) {
        this.text = text;
        this.icon = icon;
        this.keys = keys == null ? null : KeyCombination.keyCombination(keys);
        // A misspelt key name ("Escape" for "Esc") parses as a character that no key types.
        if (this.keys != null && !(this.keys instanceof KeyCodeCombination)) {
            throw new IllegalArgumentException(name() + ": no key is named in \"" + keys + "\"");
        }
        this.scope = scope;
    }

    /** The label with its mnemonic marked by an underscore. */
    public String text() {
        return text;
    }

    /** The label as a sentence would use it: no mnemonic mark, no trailing ellipsis. */
    public String plainText() {
        return text.replace("_", "").replace("\u2026", "");
    }

    public Feather icon() {
        return icon;
    }

    public Optional<KeyCombination> keys() {
        return Optional.ofNullable(keys);
    }

    public Scope scope() {
        return scope;
    }

    /** The keys as this platform writes them ("Ctrl+C", or "⌘C" on macOS); empty when none. */
    public String keyText() {
        return keys == null ? "" : keys.getDisplayText();
    }
}
