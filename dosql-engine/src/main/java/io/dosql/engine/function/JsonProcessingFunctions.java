package io.dosql.engine.function;

import io.dosql.core.ErrorCode;
import io.dosql.core.Json;
import io.dosql.core.SqlType;
import io.dosql.engine.value.JsonFormat;
import io.dosql.engine.value.JsonModification;
import io.dosql.engine.value.JsonOperators;
import io.dosql.engine.value.JsonNode;
import io.dosql.engine.value.JsonPathStep;
import io.dosql.engine.value.JsonPretty;
import java.util.List;

/**
 * The JSON processing functions, each in its json and jsonb form where PostgreSQL has both:
 * json(b)_array_length, json(b)_typeof, json(b)_strip_nulls, jsonb_pretty and
 * json(b)_extract_path[_text], jsonb_set, jsonb_insert and jsonb_exists[_any|_all]. json results keep sub-values as written; jsonb
 * results are normalized.
 */
final class JsonProcessingFunctions {
    private static final SqlType JSON = SqlType.JSON;
    private static final SqlType JSONB = SqlType.JSONB;
    private static final SqlType TEXT = SqlType.TEXT;

    private JsonProcessingFunctions() {
    }

    static void register(FunctionTable table) {
        for (boolean binary : new boolean[] {false, true}) {
            String prefix = binary ? "jsonb_" : "json_";
            SqlType type = binary ? JSONB : JSON;
            table.scalar(prefix + "array_length", SqlType.INTEGER, List.of(type), (a, c) -> arrayLength(a[0]));
            table.scalar(prefix + "typeof", TEXT, List.of(type), (a, c) -> typeOf(parse(a[0])));
            table.scalar(prefix + "strip_nulls", type, List.of(type), (a, c) -> stripNulls(a[0], binary));
            // Non-strict so that a NULL path element (inside PostgreSQL's variadic array) gives NULL too;
            // (json, text, text…) so that at least one path element is needed, as for PostgreSQL's VARIADIC.
            table.variadic(prefix + "extract_path", type, List.of(type, TEXT, TEXT),
                    (a, c) -> extractPath(a, binary, false));
            table.variadic(prefix + "extract_path_text", TEXT, List.of(type, TEXT, TEXT),
                    (a, c) -> extractPath(a, binary, true));
        }
        table.scalar("jsonb_pretty", TEXT, List.of(JSONB), (a, c) -> JsonPretty.pretty(parse(a[0])));
        // jsonb ? text, ?| text[], ?& text[] in function form (JDBC reads a bare ? as a parameter).
        table.scalar("jsonb_exists", SqlType.BOOLEAN, List.of(JSONB, TEXT), (a, c) -> exists(parse(a[0]), (String) a[1]));
        table.scalar("jsonb_exists_any", SqlType.BOOLEAN, List.of(JSONB, TEXT), (a, c) -> {
            JsonNode node = parse(a[0]);
            return JsonOperators.path((String) a[1]).stream().anyMatch(key -> exists(node, key));
        });
        table.scalar("jsonb_exists_all", SqlType.BOOLEAN, List.of(JSONB, TEXT), (a, c) -> {
            JsonNode node = parse(a[0]);
            return JsonOperators.path((String) a[1]).stream().allMatch(key -> exists(node, key));
        });
        // The path is a text[] literal such as '{a,0}' (no array type yet: text, read as PostgreSQL reads one).
        table.scalar("jsonb_set", JSONB, List.of(JSONB, TEXT, JSONB), (a, c) -> JsonModification.set((Json) a[0],
                JsonOperators.path((String) a[1]), (Json) a[2], true));
        table.scalar("jsonb_set", JSONB, List.of(JSONB, TEXT, JSONB, SqlType.BOOLEAN),
                (a, c) -> JsonModification.set((Json) a[0], JsonOperators.path((String) a[1]), (Json) a[2], (Boolean) a[3]));
        table.scalar("jsonb_insert", JSONB, List.of(JSONB, TEXT, JSONB), (a, c) -> JsonModification.insert((Json) a[0],
                JsonOperators.path((String) a[1]), (Json) a[2], false));
        table.scalar("jsonb_insert", JSONB, List.of(JSONB, TEXT, JSONB, SqlType.BOOLEAN),
                (a, c) -> JsonModification.insert((Json) a[0], JsonOperators.path((String) a[1]), (Json) a[2],
                        (Boolean) a[3]));
    }

    private static JsonNode parse(Object value) {
        return JsonNode.parse(((Json) value).text(), "json");
    }

    /** jsonb's {@code ?}: a top-level object key, a string element of an array, or the string itself. */
    private static boolean exists(JsonNode node, String key) {
        return switch (node.kind()) {
            case OBJECT -> node.keys().contains(key);
            case ARRAY -> node.values().stream().anyMatch(element -> element.kind() == JsonNode.Kind.STRING
                    && element.scalar().equals(key));
            case STRING -> node.scalar().equals(key);
            default -> false;
        };
    }

    private static int arrayLength(Object value) {
        JsonNode node = parse(value);
        return switch (node.kind()) {
            case ARRAY -> node.values().size();
            case OBJECT -> throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot get array length of a non-array");
            default -> throw ErrorCode.INVALID_PARAMETER_VALUE.exception("cannot get array length of a scalar");
        };
    }

    private static String typeOf(JsonNode node) {
        return switch (node.kind()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case TRUE, FALSE -> "boolean";
            case NULL -> "null";
        };
    }

    /** Object members whose value is null removed at every level (array nulls stay). */
    private static Json stripNulls(Object value, boolean binary) {
        StringBuilder out = new StringBuilder();
        appendStripped(parse(value), binary, out);
        // json_strip_nulls writes compactly (PostgreSQL re-emits it without spaces); jsonb is normalized.
        return binary ? JsonFormat.jsonb(out.toString()) : new Json(out.toString());
    }

    private static void appendStripped(JsonNode node, boolean binary, StringBuilder out) {
        switch (node.kind()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (int index = 0; index < node.keys().size(); index++) {
                    JsonNode member = node.values().get(index);
                    if (member.kind() == JsonNode.Kind.NULL) {
                        continue;
                    }
                    out.append(first ? "" : ",");
                    first = false;
                    JsonFormat.appendString(node.keys().get(index), out);
                    out.append(':');
                    appendStripped(member, binary, out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int index = 0; index < node.values().size(); index++) {
                    out.append(index == 0 ? "" : ",");
                    appendStripped(node.values().get(index), binary, out);
                }
                out.append(']');
            }
            case STRING -> JsonFormat.appendString(node.scalar(), out);
            default -> out.append(node.raw());
        }
    }

    /** The value at the path given by arguments 1…n; NULL when any step is missing or NULL. */
    private static Object extractPath(Object[] arguments, boolean binary, boolean asText) {
        if (arguments[0] == null) {
            return null;
        }
        JsonNode node = parse(arguments[0]);
        for (int index = 1; index < arguments.length && node != null; index++) {
            if (arguments[index] == null) {
                return null;
            }
            node = JsonPathStep.step(node, (String) arguments[index]);
        }
        return io.dosql.engine.value.JsonOperators.output(node, binary ? io.dosql.core.TypeKind.JSONB
                : io.dosql.core.TypeKind.JSON, asText);
    }
}
