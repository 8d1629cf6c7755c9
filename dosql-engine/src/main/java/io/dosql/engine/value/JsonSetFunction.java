package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import io.dosql.core.Json;
import io.dosql.core.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The set-returning JSON functions (json_array_elements[_text], json_each[_text], json_object_keys and
 * their jsonb forms): their output columns and the rows one value gives. json rows carry sub-values
 * verbatim and object members in written order with duplicates; jsonb rows are normalized (keys sorted,
 * unique). The _text forms give strings decoded and JSON null as SQL NULL. Errors are PostgreSQL's,
 * which differ between the json and jsonb implementations.
 */
public enum JsonSetFunction {
    ARRAY_ELEMENTS, ARRAY_ELEMENTS_TEXT, EACH, EACH_TEXT, OBJECT_KEYS;

    /** The function named {@code name} (json_… or jsonb_…), or null. */
    public static Binding lookup(String name) {
        boolean binary = name.startsWith("jsonb_");
        String base = binary ? name.substring(6) : name.startsWith("json_") ? name.substring(5) : null;
        if (base == null) {
            return null;
        }
        for (JsonSetFunction function : values()) {
            if (function.name().toLowerCase(Locale.ROOT).equals(base)) {
                return new Binding(function, binary, name);
            }
        }
        return null;
    }

    /** One function as called: which, on json or jsonb, and its SQL name. */
    public record Binding(JsonSetFunction function, boolean binary, String name) {
        /** json or jsonb: the argument type, and the type of json-valued output columns. */
        public SqlType jsonType() {
            return binary ? SqlType.JSONB : SqlType.JSON;
        }

        /** Column names, as PostgreSQL names them when no column aliases are given. */
        public List<String> columnNames() {
            return switch (function) {
                case ARRAY_ELEMENTS, ARRAY_ELEMENTS_TEXT -> List.of("value");
                case EACH, EACH_TEXT -> List.of("key", "value");
                case OBJECT_KEYS -> List.of(name);
            };
        }

        public List<SqlType> columnTypes() {
            return switch (function) {
                case ARRAY_ELEMENTS -> List.of(jsonType());
                case ARRAY_ELEMENTS_TEXT -> List.of(SqlType.TEXT);
                case EACH -> List.of(SqlType.TEXT, jsonType());
                case EACH_TEXT -> List.of(SqlType.TEXT, SqlType.TEXT);
                case OBJECT_KEYS -> List.of(SqlType.TEXT);
            };
        }

        /** The rows for {@code value}; none for NULL (the functions are strict). */
        public List<Object[]> rows(Object value) {
            List<Object[]> rows = new ArrayList<>();
            if (value == null) {
                return rows;
            }
            JsonNode node = JsonNode.parse(((Json) value).text(), binary ? "jsonb" : "json");
            if (binary) {
                // Members in jsonb order, duplicates dropped, even for a value that was never normalized.
                node = JsonNode.parse(JsonFormat.normalize(node), "jsonb");
            }
            switch (function) {
                case ARRAY_ELEMENTS, ARRAY_ELEMENTS_TEXT -> {
                    requireArray(node);
                    for (JsonNode element : node.values()) {
                        rows.add(new Object[] {output(element, function == ARRAY_ELEMENTS_TEXT)});
                    }
                }
                case EACH, EACH_TEXT -> {
                    requireObject(node);
                    for (int index = 0; index < node.keys().size(); index++) {
                        rows.add(new Object[] {node.keys().get(index),
                                output(node.values().get(index), function == EACH_TEXT)});
                    }
                }
                case OBJECT_KEYS -> {
                    requireObject(node);
                    for (int index = 0; index < node.keys().size(); index++) {
                        rows.add(new Object[] {node.keys().get(index)});
                    }
                }
            }
            return rows;
        }

        private Object output(JsonNode element, boolean asText) {
            if (asText) {
                return switch (element.kind()) {
                    case NULL -> null;
                    case STRING -> element.scalar();
                    default -> binary ? JsonFormat.normalize(element) : element.raw();
                };
            }
            return new Json(binary ? JsonFormat.normalize(element) : element.raw());
        }

        private void requireArray(JsonNode node) {
            if (node.kind() == JsonNode.Kind.ARRAY) {
                return;
            }
            boolean object = node.kind() == JsonNode.Kind.OBJECT;
            if (binary) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                        "cannot extract elements from " + (object ? "an object" : "a scalar"));
            }
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                    "cannot call " + name + " on " + (object ? "a non-array" : "a scalar"));
        }

        private void requireObject(JsonNode node) {
            if (node.kind() == JsonNode.Kind.OBJECT) {
                return;
            }
            boolean array = node.kind() == JsonNode.Kind.ARRAY;
            String message;
            if (function == OBJECT_KEYS) {
                message = "cannot call " + name + " on " + (array ? "an array" : "a scalar");
            } else if (binary) {
                message = "cannot call " + name + " on a non-object";
            } else {
                message = array ? "cannot deconstruct an array as an object" : "cannot deconstruct a scalar";
            }
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception(message);
        }
    }
}
