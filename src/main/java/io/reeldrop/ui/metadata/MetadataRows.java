package io.reeldrop.ui.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Rows of user metadata being edited, checked as they change: a key of one's own (not one the
 * platform keeps), once; a value of the kind chosen. Rows left wholly empty are ignored, so an
 * added row costs nothing until it is filled.
 */
public final class MetadataRows {

    /** The keys the platform keeps for itself; the API refuses them in user metadata. */
    public static final List<String> SYSTEM_KEYS = List.of("duration", "filename", "fps", "height", "width", "size",
            "video_title");

    /**
     * Made on first use, when metadata is sent: the form builds this class for the window's first
     * frame, and a mapper made then cost about 50 ms of Jackson class loading on that path.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** What a value is sent as. */
    public enum Kind {
        TEXT("text"), NUMBER("number"), BOOLEAN("true/false");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        static Kind of(Object value) {
            return value instanceof Boolean ? BOOLEAN : value instanceof Number ? NUMBER : TEXT;
        }
    }

    /** One key and its value, as typed. */
    public static final class Row {
        private final StringProperty key = new SimpleStringProperty("");
        private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TEXT);
        private final StringProperty value = new SimpleStringProperty("");

        public StringProperty keyProperty() {
            return key;
        }

        public ObjectProperty<Kind> kindProperty() {
            return kind;
        }

        public StringProperty valueProperty() {
            return value;
        }

        String keyText() {
            return key.get() == null ? "" : key.get().strip();
        }

        String valueText() {
            return value.get() == null ? "" : value.get();
        }

        boolean isBlank() {
            return keyText().isEmpty() && valueText().isBlank();
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.key, r.kind, r.value});
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Map<String, String> reserved = new LinkedHashMap<>();

    public MetadataRows() {
        String system = String.join(", ", SYSTEM_KEYS);
        for (String k : SYSTEM_KEYS) {
            reserved.put(k, "\"" + k + "\" is a key the platform keeps for itself (" + system
                    + "). Choose another name.");
        }
        rows.addListener((Observable o) -> check());
    }

    /** Refuses {@code key} with {@code sentence}, e.g. the language the form sets in a field of its own. */
    public MetadataRows reserve(String key, String sentence) {
        reserved.put(key, sentence);
        check();
        return this;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Row add() {
        Row r = new Row();
        rows.add(r);
        return r;
    }

    public void remove(Row r) {
        rows.remove(r);
    }

    /** Replaces the rows with {@code values}, each value's kind taken from its type. */
    public void setAll(Map<String, Object> values) {
        rows.setAll(values.entrySet().stream().map(e -> {
            Row r = new Row();
            r.key.set(e.getKey());
            r.kind.set(Kind.of(e.getValue()));
            r.value.set(String.valueOf(e.getValue()));
            return r;
        }).toList());
    }

    /** The first problem as a sentence; empty when every row is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How many keys the rows set now (blank rows not counted). */
    public int keyCount() {
        return (int) rows.stream().filter(r -> !r.isBlank()).count();
    }

    /**
     * The keys and values, in the rows' order.
     *
     * @throws IllegalStateException with the problem's sentence when a row is not right
     */
    public Map<String, Object> values() {
        String p = findProblem();
        if (p != null) {
            throw new IllegalStateException(p);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.isBlank()) {
                out.put(r.keyText(), parse(r));
            }
        }
        return out;
    }

    /** The values as a JSON object, or null when there are none; see {@link #values()}. */
    public String json() {
        Map<String, Object> v = values();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The metadata could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** What turns {@code before} into these values: changed and new keys, and each removed key as null. */
    public Map<String, Object> changesFrom(Map<String, Object> before) {
        Map<String, Object> now = values();
        Map<String, Object> changes = new LinkedHashMap<>();
        now.forEach((k, v) -> {
            if (!before.containsKey(k) || !sameValue(before.get(k), v)) {
                changes.put(k, v);
            }
        });
        before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> changes.put(k, null));
        return changes;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    private void check() {
        String p = findProblem();
        problem.set(p == null ? "" : p);
    }

    private String findProblem() {
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (Row r : rows) {
            number++;
            if (r.isBlank()) {
                continue;
            }
            String key = r.keyText();
            if (key.isEmpty()) {
                return "Row " + number + " has a value but no key. Give it a key, or remove the row.";
            }
            if (reserved.containsKey(key)) {
                return reserved.get(key);
            }
            if (!seen.add(key)) {
                return "The key \"" + key + "\" is there twice; a key may appear once. Remove one of the rows.";
            }
            String valueProblem = valueProblem(r);
            if (valueProblem != null) {
                return valueProblem;
            }
        }
        return null;
    }

    private static String valueProblem(Row r) {
        String v = r.valueText().strip();
        return switch (r.kind.get()) {
            case NUMBER -> number(v) == null ? "The value of \"" + r.keyText() + "\" is not a number. Type one such"
                    + " as 3 or 2.5, or make the value text." : null;
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null
                    : "The value of \"" + r.keyText() + "\" must be true or false.";
            default -> null;
        };
    }

    private static Object parse(Row r) {
        String v = r.valueText();
        return switch (r.kind.get()) {
            case NUMBER -> number(v.strip());
            case BOOLEAN -> Boolean.parseBoolean(v.strip());
            default -> v;
        };
    }

    /** A whole number as a long, else a finite decimal as a double; null when the text is neither. */
    static Number number(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (d.stripTrailingZeros().scale() <= 0 && !text.contains(".") && !text.toLowerCase(Locale.ROOT).contains("e")) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException tooBig) {
                return null;
            }
        }
        double x = d.doubleValue();
        return Double.isFinite(x) ? x : null;
    }
}
