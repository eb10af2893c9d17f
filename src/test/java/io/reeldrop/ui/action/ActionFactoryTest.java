package io.reeldrop.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Controls rendered from an action follow its command; table keys never become scene accelerators. */
@ExtendWith(ApplicationExtension.class)
class ActionFactoryTest {

    private final List<StandardAction> ran = new ArrayList<>();
    private final SimpleBooleanProperty retryable = new SimpleBooleanProperty(false);
    private final Actions actions = new Actions()
            .put(StandardAction.RETRY, Command.when(retryable, () -> ran.add(StandardAction.RETRY)))
            .put(StandardAction.COPY_AS_TEXT, Command.always(() -> ran.add(StandardAction.COPY_AS_TEXT)))
            .put(StandardAction.FIND_TASKS, Command.always(() -> ran.add(StandardAction.FIND_TASKS)));
    private final ActionFactory factory = new ActionFactory(actions);

    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");

    /** A key press, with Shortcut as this platform's key: Cmd on macOS, Ctrl elsewhere. */
    private static KeyEvent press(KeyCode code, boolean shortcut) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut && !MAC, false, shortcut && MAC);
    }

    @Test
    void aMenuItemTakesItsLookFromTheActionAndItsStateFromTheCommand() {
        MenuItem retry = factory.menuItem(StandardAction.RETRY);

        assertEquals("_Retry", retry.getText());
        assertTrue(retry.isMnemonicParsing());
        assertSame(StandardAction.RETRY, retry.getUserData());
        assertEquals(StandardAction.RETRY.keyText(), retry.getAccelerator().getDisplayText());
        assertTrue(retry.isDisable());
        retryable.set(true);
        assertFalse(retry.isDisable());
        retry.fire();
        assertEquals(List.of(StandardAction.RETRY), ran);
    }

    @Test
    void tableKeysAreShownInMenusButNeverMatchAsSceneAccelerators() {
        MenuItem copy = factory.menuItem(StandardAction.COPY_AS_TEXT);
        MenuItem find = factory.menuItem(StandardAction.FIND_TASKS);

        assertFalse(copy.getAccelerator().match(press(KeyCode.C, true)));
        assertTrue(find.getAccelerator().match(press(KeyCode.F, true)));
        assertSame(StandardAction.FIND_TASKS.keys().orElseThrow(), find.getAccelerator());
    }

    @Test
    void theTableKeyHandlerRunsEnabledTableActionsOnlyAndLetsTheRestThrough() {
        EventHandler<KeyEvent> keys = factory.keyHandler(StandardAction.Scope.TABLE);

        KeyEvent copy = press(KeyCode.C, true);
        keys.handle(copy);
        KeyEvent retryWhileDisabled = press(KeyCode.R, true);
        keys.handle(retryWhileDisabled);
        KeyEvent windowWide = press(KeyCode.F, true);
        keys.handle(windowWide);

        assertEquals(List.of(StandardAction.COPY_AS_TEXT), ran);
        assertTrue(copy.isConsumed());
        assertFalse(retryWhileDisabled.isConsumed(), "a disabled action leaves the key to the control");
        assertFalse(windowWide.isConsumed());
    }

    @Test
    void aButtonIsConfiguredFromTheActionAndEachActionHasOneCommand() {
        Button button = factory.configure(new Button(), StandardAction.RETRY);
        assertEquals("_Retry", button.getText());
        assertTrue(button.isDisable());

        assertThrows(IllegalStateException.class, () -> actions.put(StandardAction.RETRY, Command.always(() -> { })));
        assertThrows(IllegalStateException.class, () -> actions.command(StandardAction.ABOUT));
    }

    @Test
    void helpLinesAreTheActionsWithKeysWindowWideFirst() {
        List<ShortcutHelp.Line> lines = ShortcutHelp.lines(List.of(StandardAction.RETRY, StandardAction.COPY_VIDEO_ID,
                StandardAction.FIND_TASKS, StandardAction.ABOUT));

        assertEquals(List.of(
                new ShortcutHelp.Line(StandardAction.FIND_TASKS.keyText(), "Find tasks", StandardAction.Scope.WINDOW),
                new ShortcutHelp.Line(StandardAction.RETRY.keyText(), "Retry", StandardAction.Scope.TABLE)), lines);
    }
}
