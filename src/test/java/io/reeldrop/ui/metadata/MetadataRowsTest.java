package io.reeldrop.ui.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.ui.metadata.MetadataRows.Kind;
import io.reeldrop.ui.metadata.MetadataRows.Row;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata rows' checks, and the JSON and changes they write. */
class MetadataRowsTest {

    private final MetadataRows rows = new MetadataRows();

    private Row row(String key, Kind kind, String value) {
        Row r = rows.add();
        r.keyProperty().set(key);
        r.kindProperty().set(kind);
        r.valueProperty().set(value);
        return r;
    }

    @Test
    void textNumbersAndBooleansBecomeTheirJsonTypesInTheRowsOrder() {
        row("camera", Kind.TEXT, "A 7");
        row("take", Kind.NUMBER, "3");
        row("gain", Kind.NUMBER, "-2.5");
        row("final", Kind.BOOLEAN, "true");
        rows.add(); // left empty: ignored

        assertEquals("", rows.problemProperty().get());
        assertEquals("{\"camera\":\"A 7\",\"take\":3,\"gain\":-2.5,\"final\":true}", rows.json());
        assertEquals(4, rows.keyCount());
    }

    @Test
    void noRowsWriteNoJson() {
        rows.add();
        assertNull(rows.json());
    }

    @Test
    void eachProblemIsASentenceAndValuesAreRefusedWhileOneStands() {
        Row r = row("duration", Kind.TEXT, "long");
        assertTrue(rows.problemProperty().get().startsWith("\"duration\" is a key the platform keeps for itself"),
                rows.problemProperty().get());
        assertThrows(IllegalStateException.class, rows::values);

        r.keyProperty().set("");
        assertEquals("Row 1 has a value but no key. Give it a key, or remove the row.", rows.problemProperty().get());

        r.keyProperty().set("camera");
        row(" camera ", Kind.TEXT, "B");
        assertEquals("The key \"camera\" is there twice; a key may appear once. Remove one of the rows.",
                rows.problemProperty().get());

        rows.remove(rows.rows().get(1));
        row("take", Kind.NUMBER, "three");
        assertEquals("The value of \"take\" is not a number. Type one such as 3 or 2.5, or make the value text.",
                rows.problemProperty().get());
        rows.rows().get(1).kindProperty().set(Kind.BOOLEAN);
        assertEquals("The value of \"take\" must be true or false.", rows.problemProperty().get());
        rows.rows().get(1).kindProperty().set(Kind.TEXT);
        assertEquals("", rows.problemProperty().get());
        assertEquals("{\"camera\":\"long\",\"take\":\"three\"}", rows.json());
    }

    @Test
    void aReservedKeySaysWhyInItsOwnWords() {
        rows.reserve("language", "Set the language in the Language field.");
        row("language", Kind.TEXT, "fr");
        assertEquals("Set the language in the Language field.", rows.problemProperty().get());
    }

    @Test
    void numbersThatAreNotNumbersAreRefused() {
        assertNull(MetadataRows.number("NaN"));
        assertNull(MetadataRows.number("1e400"));
        assertNull(MetadataRows.number("99999999999999999999"));
        assertEquals(3L, MetadataRows.number("3"));
        assertEquals(1000.0, MetadataRows.number("1e3"));
    }

    @Test
    void changesSendWhatChangedAndANullForEachRemovedKey() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("camera", "A");
        before.put("take", 1);
        before.put("final", false);
        rows.setAll(before);
        assertEquals(Kind.NUMBER, rows.rows().get(1).kindProperty().get(), "the kind follows the value's type");
        assertEquals(Kind.BOOLEAN, rows.rows().get(2).kindProperty().get());

        rows.rows().get(1).valueProperty().set("2");
        rows.remove(rows.rows().get(0));
        row("reviewed", Kind.BOOLEAN, "true");

        Map<String, Object> expected = new HashMap<>();
        expected.put("take", 2L);
        expected.put("reviewed", true);
        expected.put("camera", null);
        assertEquals(expected, rows.changesFrom(before));

        rows.setAll(before);
        rows.rows().get(1).valueProperty().set("1.0");
        assertEquals(Map.of(), rows.changesFrom(before), "nothing changed (1.0 is 1), nothing sent");
    }
}
