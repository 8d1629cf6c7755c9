package io.dosql.engine.value;

/**
 * One step of a JSON path (jsonb_extract_path's arguments, #-'s text[]) applied to an array: an
 * integer as PostgreSQL reads it with strtol (leading blanks and a sign allowed, nothing after).
 */
public final class JsonPathStep {
    private JsonPathStep() {
    }

    /** The index {@code step} names, or null when it is not an integer. */
    public static Long index(String step) {
        String text = step.stripLeading();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnIndex) {
            return null;
        }
    }

    /** The index step {@code level} (0-based) of a path names in an array; 22P02 when it is not an integer. */
    public static long arrayIndex(String step, int level) {
        Long index = index(step);
        if (index == null) {
            throw new io.dosql.core.DoSqlException(io.dosql.core.ErrorCode.INVALID_TEXT_REPRESENTATION,
                    "path element at position " + (level + 1) + " is not an integer: \"" + step + "\"");
        }
        return index;
    }

    /** The value {@code node} holds at {@code step}: an object's last member so named, or an array element. */
    public static JsonNode step(JsonNode node, String step) {
        if (node.kind() == JsonNode.Kind.ARRAY) {
            Long index = index(step);
            return index == null ? null : node.element(index);
        }
        return node.field(step);
    }
}
