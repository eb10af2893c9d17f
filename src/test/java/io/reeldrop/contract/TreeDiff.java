package io.reeldrop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Every difference between two JSON trees, one line per JSON pointer. Key order in objects does
 * not count; order in arrays does (a parameter list or an enum is compared member by member).
 */
final class TreeDiff {

    private static final int SHOWN = 160;

    private final String leftName;
    private final String rightName;
    private final List<String> lines = new ArrayList<>();

    private TreeDiff(String leftName, String rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    /** Empty when {@code left} and {@code right} mean the same; the names say which side is which. */
    static List<String> differences(String leftName, JsonNode left, String rightName, JsonNode right) {
        TreeDiff diff = new TreeDiff(leftName, rightName);
        diff.compare("", left, right);
        return diff.lines;
    }

    private void compare(String pointer, JsonNode left, JsonNode right) {
        if (left.isObject() && right.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            left.fieldNames().forEachRemaining(keys::add);
            right.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compareMember(pointer + "/" + escape(key), left.get(key), right.get(key));
            }
        } else if (left.isArray() && right.isArray()) {
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                compareMember(pointer + "/" + i, left.get(i), right.get(i));
            }
        } else if (!sameValue(left, right)) {
            lines.add(at(pointer) + ": " + leftName + " has " + shown(left) + ", " + rightName + " has " + shown(right));
        }
    }

    private void compareMember(String pointer, JsonNode left, JsonNode right) {
        if (right == null) {
            lines.add(at(pointer) + ": only in " + leftName + ": " + shown(left));
        } else if (left == null) {
            lines.add(at(pointer) + ": only in " + rightName + ": " + shown(right));
        } else {
            compare(pointer, left, right);
        }
    }

    /** 10 and 10.0 are the same number whichever node type a YAML reader picked. */
    private static boolean sameValue(JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0;
        }
        return left.equals(right);
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
