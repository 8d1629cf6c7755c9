package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import io.dosql.core.Json;
import java.util.List;

/**
 * jsonb's building operations, with PostgreSQL's rules and errors: {@code ||} (objects merged, the right
 * member winning; otherwise arrays concatenated, a non-array taken as a one-element array), {@code
 * jsonb_set} (replace the value at a path, or add it at the last step when {@code create_missing}) and
 * {@code jsonb_insert} (insert before or after an array element, or add an object member that is not
 * there yet). A path that leaves the value before its last step changes nothing.
 */
public final class JsonModification {
    private JsonModification() {
    }

    /** {@code jsonb || jsonb}. */
    public static Json concat(Json left, Json right) {
        JsonNode a = JsonFormat.jsonbNode(left);
        JsonNode b = JsonFormat.jsonbNode(right);
        StringBuilder out = new StringBuilder();
        if (a.kind() == JsonNode.Kind.OBJECT && b.kind() == JsonNode.Kind.OBJECT) {
            out.append('{');
            appendMembers(a, out);
            if (!a.keys().isEmpty() && !b.keys().isEmpty()) {
                out.append(", ");
            }
            appendMembers(b, out); // jsonb keeps the last of duplicate keys: the right one
            return JsonFormat.jsonb(out.append('}').toString());
        }
        out.append('[');
        appendElements(a, out);
        if (elementCount(a) > 0 && elementCount(b) > 0) {
            out.append(", ");
        }
        appendElements(b, out);
        return JsonFormat.jsonb(out.append(']').toString());
    }

    /** {@code jsonb_set(target, path, value, create_missing)}. */
    public static Json set(Json target, List<String> path, Json value, boolean createMissing) {
        return modify(target, path, value, createMissing ? Mode.REPLACE_OR_CREATE : Mode.REPLACE, "set path");
    }

    /** {@code jsonb_insert(target, path, value, insert_after)}. */
    public static Json insert(Json target, List<String> path, Json value, boolean after) {
        return modify(target, path, value, after ? Mode.INSERT_AFTER : Mode.INSERT_BEFORE, "insert value");
    }

    private enum Mode { REPLACE, REPLACE_OR_CREATE, INSERT_BEFORE, INSERT_AFTER }

    private static Json modify(Json target, List<String> path, Json value, Mode mode, String what) {
        JsonNode root = JsonFormat.jsonbNode(target);
        if (root.kind() != JsonNode.Kind.OBJECT && root.kind() != JsonNode.Kind.ARRAY) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot " + what + " in scalar");
        }
        if (path.isEmpty()) {
            return new Json(JsonFormat.normalize(root));
        }
        String replacement = JsonFormat.jsonb(value.text()).text();
        return JsonFormat.jsonb(modified(root, path, 0, replacement, mode));
    }

    /** The text of {@code node} with the change at {@code path} from {@code level} on. */
    private static String modified(JsonNode node, List<String> path, int level, String replacement, Mode mode) {
        boolean last = level == path.size() - 1;
        String step = path.get(level);
        StringBuilder out = new StringBuilder();
        if (node.kind() == JsonNode.Kind.OBJECT) {
            int found = node.keys().lastIndexOf(step);
            if (found >= 0 && last && (mode == Mode.INSERT_BEFORE || mode == Mode.INSERT_AFTER)) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot replace existing key")
                        .withHint("Try using the function jsonb_set to replace key value.");
            }
            out.append('{');
            for (int index = 0; index < node.keys().size(); index++) {
                out.append(index == 0 ? "" : ", ");
                JsonFormat.appendString(node.keys().get(index), out);
                out.append(": ");
                JsonNode member = node.values().get(index);
                out.append(index != found ? JsonFormat.normalize(member)
                        : last ? replacement : modified(member, path, level + 1, replacement, mode));
            }
            if (found < 0 && last && mode != Mode.REPLACE) {
                out.append(node.keys().isEmpty() ? "" : ", ");
                JsonFormat.appendString(step, out);
                out.append(": ").append(replacement);
            }
            return out.append('}').toString();
        }
        if (node.kind() != JsonNode.Kind.ARRAY) {
            return JsonFormat.normalize(node); // a scalar before the path's end: nothing to change
        }
        long index = JsonPathStep.arrayIndex(step, level);
        int count = node.values().size();
        long position = index < 0 ? count + index : index;
        boolean creates = mode != Mode.REPLACE;
        // Past either end, a creating or inserting change adds at that end.
        boolean before = position < 0 || count == 0;
        boolean after = position >= count && count > 0;
        out.append('[');
        int written = 0;
        if (last && creates && before) {
            out.append(replacement);
            written++;
        }
        for (int element = 0; element < count; element++) {
            String text = JsonFormat.normalize(node.values().get(element));
            if (element == position) {
                if (!last) {
                    text = modified(node.values().get(element), path, level + 1, replacement, mode);
                } else if (mode == Mode.INSERT_BEFORE) {
                    text = replacement + ", " + text;
                } else if (mode == Mode.INSERT_AFTER) {
                    text = text + ", " + replacement;
                } else {
                    text = replacement;
                }
            }
            out.append(written++ == 0 ? "" : ", ").append(text);
        }
        if (last && creates && after) {
            out.append(written == 0 ? "" : ", ").append(replacement);
        }
        return out.append(']').toString();
    }

    private static void appendMembers(JsonNode object, StringBuilder out) {
        for (int index = 0; index < object.keys().size(); index++) {
            out.append(index == 0 ? "" : ", ");
            JsonFormat.appendString(object.keys().get(index), out);
            out.append(": ").append(JsonFormat.normalize(object.values().get(index)));
        }
    }

    /** An array's elements, or any other value as the one element of an array. */
    private static void appendElements(JsonNode node, StringBuilder out) {
        if (node.kind() != JsonNode.Kind.ARRAY) {
            out.append(JsonFormat.normalize(node));
            return;
        }
        for (int index = 0; index < node.values().size(); index++) {
            out.append(index == 0 ? "" : ", ").append(JsonFormat.normalize(node.values().get(index)));
        }
    }

    private static int elementCount(JsonNode node) {
        return node.kind() == JsonNode.Kind.ARRAY ? node.values().size() : 1;
    }

}
