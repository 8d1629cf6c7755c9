package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import io.dosql.core.Json;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.BinaryOperation.Operator;
import java.util.List;

/**
 * The json/jsonb operators: {@code ->} (field by key or element by index, as json/jsonb), {@code ->>}
 * (the same as text), {@code #>} / {@code #>>} (by a text[] path such as '{a,0}'), and jsonb's
 * {@code @>} / {@code <@} (containment). A missing field or element gives NULL; json operators return
 * the sub-value's text verbatim, jsonb operators its normalized text.
 */
public final class JsonOperators {
    private JsonOperators() {
    }

    static OperatorBinding resolve(Operator operator, SqlType left, SqlType right) {
        TypeKind kind = left.kind();
        if (operator == Operator.CONTAINS || operator == Operator.CONTAINED_BY) {
            boolean jsonbPair = (kind == TypeKind.JSONB || kind == TypeKind.UNKNOWN)
                    && (right.kind() == TypeKind.JSONB || right.kind() == TypeKind.UNKNOWN)
                    && (kind == TypeKind.JSONB || right.kind() == TypeKind.JSONB);
            if (!jsonbPair) {
                return null;
            }
            boolean reversed = operator == Operator.CONTAINED_BY;
            return new OperatorBinding(SqlType.JSONB, SqlType.JSONB, SqlType.BOOLEAN, (a, b) -> {
                JsonNode container = parse(reversed ? b : a);
                JsonNode contained = parse(reversed ? a : b);
                return JsonFormat.contains(container, contained, true);
            });
        }
        if (operator == Operator.SUBTRACT || operator == Operator.DELETE_PATH) {
            return kind == TypeKind.JSONB ? deletion(operator, right) : null;
        }
        if (kind != TypeKind.JSON && kind != TypeKind.JSONB) {
            return null;
        }
        SqlType jsonType = SqlType.of(kind);
        boolean asText = operator == Operator.JSON_FIELD_TEXT || operator == Operator.JSON_PATH_TEXT;
        SqlType result = asText ? SqlType.TEXT : jsonType;
        if (operator == Operator.JSON_PATH || operator == Operator.JSON_PATH_TEXT) {
            if (!right.kind().isText() && right.kind() != TypeKind.UNKNOWN) {
                return null;
            }
            return new OperatorBinding(jsonType, SqlType.TEXT, result, (a, b) -> {
                JsonNode node = parse(a);
                for (String step : path((String) b)) {
                    node = node == null ? null : JsonPathStep.step(node, step);
                }
                return output(node, kind, asText);
            });
        }
        if (right.kind().isInteger()) {
            return new OperatorBinding(jsonType, SqlType.BIGINT, result,
                    (a, b) -> output(parse(a).element((Long) b), kind, asText));
        }
        if (right.kind().isText() || right.kind() == TypeKind.UNKNOWN) {
            return new OperatorBinding(jsonType, SqlType.TEXT, result,
                    (a, b) -> output(parse(a).field((String) b), kind, asText));
        }
        return null;
    }

    /** jsonb {@code - text}, {@code - integer} and {@code #- text[]} (the path as a text[] literal). */
    private static OperatorBinding deletion(Operator operator, SqlType right) {
        boolean text = right.kind().isText() || right.kind() == TypeKind.UNKNOWN;
        if (operator == Operator.DELETE_PATH) {
            return !text ? null : new OperatorBinding(SqlType.JSONB, SqlType.TEXT, SqlType.JSONB,
                    (a, b) -> JsonDeletion.deletePath((Json) a, path((String) b)));
        }
        if (right.kind().isInteger()) {
            return new OperatorBinding(SqlType.JSONB, SqlType.INTEGER, SqlType.JSONB,
                    (a, b) -> JsonDeletion.deleteIndex((Json) a, ((Number) b).longValue()));
        }
        return !text ? null : new OperatorBinding(SqlType.JSONB, SqlType.TEXT, SqlType.JSONB,
                (a, b) -> JsonDeletion.deleteKey((Json) a, (String) b));
    }

    /** The elements of a text[] literal naming a JSON path (22P02 when it is not one). */
    public static List<String> path(String literal) {
        List<String> path = JsonFormat.textArray(literal);
        if (path == null) {
            throw new io.dosql.core.DoSqlException(ErrorCode.INVALID_TEXT_REPRESENTATION,
                    "malformed array literal: \"" + literal + "\"")
                    .withDetail("Array value must start with \"{\" or dimension information.");
        }
        return path;
    }

    private static JsonNode parse(Object value) {
        return JsonNode.parse(((Json) value).text(), "json");
    }

    /** A json/jsonb result, or its text (->>, #>>: strings unquoted, JSON null as SQL NULL); null stays null. */
    public static Object output(JsonNode node, TypeKind kind, boolean asText) {
        if (node == null) {
            return null;
        }
        if (asText) {
            return switch (node.kind()) {
                case NULL -> null;
                case STRING -> node.scalar();
                default -> kind == TypeKind.JSONB ? JsonFormat.normalize(node) : node.raw();
            };
        }
        return new Json(kind == TypeKind.JSONB ? JsonFormat.normalize(node) : node.raw());
    }
}
