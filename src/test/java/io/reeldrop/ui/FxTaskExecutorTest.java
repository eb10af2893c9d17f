package io.reeldrop.ui;

import io.reeldrop.ui.support.FxTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work asked for after shut-down (a timer firing while the window closes) is dropped, not thrown. */
class FxTaskExecutorTest {

    @Test
    void workAfterShutdownIsDroppedQuietly() {
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.shutdown();
        List<Object> seen = new ArrayList<>();

        executor.execute(() -> "late", seen::add, seen::add);

        assertEquals(List.of(), seen);
    }
}
