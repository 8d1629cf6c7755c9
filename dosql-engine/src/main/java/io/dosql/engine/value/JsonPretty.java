package io.dosql.engine.value;

/**
 * jsonb_pretty's layout (PostgreSQL's JsonbToCStringIndent): every member or element on its own line,
 * indented four spaces per level, the closing bracket on its own line at the container's level (also
 * for an empty container), members written as jsonb writes them ({@code "key": value}).
 */
public final class JsonPretty {
    private JsonPretty() {
    }

    /** The pretty text of a jsonb value. */
    public static String pretty(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(node, 0, out);
        return out.toString();
    }

    private static void append(JsonNode node, int level, StringBuilder out) {
        boolean object = node.kind() == JsonNode.Kind.OBJECT;
        if (!object && node.kind() != JsonNode.Kind.ARRAY) {
            out.append(JsonFormat.normalize(node));
            return;
        }
        out.append(object ? '{' : '[');
        for (int index = 0; index < node.values().size(); index++) {
            out.append(index == 0 ? "\n" : ",\n");
            indent(level + 1, out);
            if (object) {
                JsonFormat.appendString(node.keys().get(index), out);
                out.append(": ");
            }
            append(node.values().get(index), level + 1, out);
        }
        out.append('\n');
        indent(level, out);
        out.append(object ? '}' : ']');
    }

    private static void indent(int level, StringBuilder out) {
        out.append(" ".repeat(4 * level));
    }
}
