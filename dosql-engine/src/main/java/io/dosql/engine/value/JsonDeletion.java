package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import io.dosql.core.Json;
import java.util.List;

/**
 * jsonb's deleting operators: {@code - text} (an object's key, or an array's string elements equal to
 * it), {@code - integer} (an array element, negative counting from the end) and {@code #- text[]} (the
 * value at a path). What is not there leaves the value unchanged; the errors are PostgreSQL's.
 */
public final class JsonDeletion {
    private JsonDeletion() {
    }

    /** {@code jsonb - text}. */
    public static Json deleteKey(Json value, String key) {
        JsonNode node = JsonFormat.jsonbNode(value);
        return switch (node.kind()) {
            case OBJECT -> new Json(object(node, index -> !node.keys().get(index).equals(key)));
            case ARRAY -> new Json(array(node, index -> {
                JsonNode element = node.values().get(index);
                return element.kind() != JsonNode.Kind.STRING || !element.scalar().equals(key);
            }));
            default -> throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot delete from scalar");
        };
    }

    /** {@code jsonb - integer}. */
    public static Json deleteIndex(Json value, long index) {
        JsonNode node = JsonFormat.jsonbNode(value);
        if (node.kind() == JsonNode.Kind.OBJECT) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot delete from object using integer index");
        }
        if (node.kind() != JsonNode.Kind.ARRAY) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot delete from scalar");
        }
        long position = index < 0 ? node.values().size() + index : index;
        return new Json(array(node, element -> element != position));
    }

    /** {@code jsonb #- path}, the path being the elements of a text[] literal. */
    public static Json deletePath(Json value, List<String> path) {
        JsonNode node = JsonFormat.jsonbNode(value);
        if (node.kind() != JsonNode.Kind.OBJECT && node.kind() != JsonNode.Kind.ARRAY) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot delete path in scalar");
        }
        return path.isEmpty() ? value : new Json(withoutPath(node, path, 0));
    }

    /** The normalized text of {@code node} without the value at {@code path} (from {@code level} on). */
    private static String withoutPath(JsonNode node, List<String> path, int level) {
        String step = path.get(level);
        int target;
        if (node.kind() == JsonNode.Kind.OBJECT) {
            target = node.keys().indexOf(step);
        } else if (node.kind() == JsonNode.Kind.ARRAY) {
            long index = JsonPathStep.arrayIndex(step, level);
            long position = index < 0 ? node.values().size() + index : index;
            target = position < 0 || position >= node.values().size() ? -1 : (int) position;
        } else {
            return JsonFormat.normalize(node);
        }
        if (target < 0) {
            return JsonFormat.normalize(node);
        }
        if (level == path.size() - 1) {
            return node.kind() == JsonNode.Kind.OBJECT ? object(node, index -> index != target)
                    : array(node, index -> index != target);
        }
        String replaced = withoutPath(node.values().get(target), path, level + 1);
        StringBuilder out = new StringBuilder(node.kind() == JsonNode.Kind.OBJECT ? "{" : "[");
        for (int index = 0; index < node.values().size(); index++) {
            out.append(index == 0 ? "" : ", ");
            if (node.kind() == JsonNode.Kind.OBJECT) {
                JsonFormat.appendString(node.keys().get(index), out);
                out.append(": ");
            }
            out.append(index == target ? replaced : JsonFormat.normalize(node.values().get(index)));
        }
        return out.append(node.kind() == JsonNode.Kind.OBJECT ? "}" : "]").toString();
    }

    /** The normalized object with the members whose index {@code keep} accepts. */
    private static String object(JsonNode node, java.util.function.IntPredicate keep) {
        StringBuilder out = new StringBuilder("{");
        for (int index = 0; index < node.keys().size(); index++) {
            if (keep.test(index)) {
                out.append(out.length() == 1 ? "" : ", ");
                JsonFormat.appendString(node.keys().get(index), out);
                out.append(": ");
                out.append(JsonFormat.normalize(node.values().get(index)));
            }
        }
        return out.append('}').toString();
    }

    private static String array(JsonNode node, java.util.function.IntPredicate keep) {
        StringBuilder out = new StringBuilder("[");
        for (int index = 0; index < node.values().size(); index++) {
            if (keep.test(index)) {
                out.append(out.length() == 1 ? "" : ", ");
                out.append(JsonFormat.normalize(node.values().get(index)));
            }
        }
        return out.append(']').toString();
    }

}
