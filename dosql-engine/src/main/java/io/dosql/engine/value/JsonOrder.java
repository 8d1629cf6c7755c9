package io.dosql.engine.value;

import io.dosql.core.Json;
import java.math.BigDecimal;

/**
 * jsonb equality and order as PostgreSQL's btree operators define them: object &gt; array &gt; boolean &gt;
 * number &gt; string &gt; null &gt; empty array (at the top level); numbers compare by value (so {@code 1} equals {@code 1.0}); arrays and objects
 * with more elements or pairs are greater, and with as many compare element by element (objects: key, then
 * value, in jsonb's key order). Strings compare as text does.
 */
public final class JsonOrder {
    private JsonOrder() {
    }

    public static int compare(Json left, Json right) {
        if (left.text().equals(right.text())) {
            return 0;
        }
        return compare(JsonFormat.jsonbNode(left), JsonFormat.jsonbNode(right));
    }

    /**
     * A key whose equals/hashCode agree with {@link #compare} being 0: the jsonb text with every number
     * written in one canonical form.
     */
    public static Object hashKey(Json value) {
        StringBuilder out = new StringBuilder();
        appendCanonical(JsonFormat.jsonbNode(value), out);
        return new CanonicalJson(out.toString());
    }

    private record CanonicalJson(String text) {
    }


    private static int rank(JsonNode node) {
        return switch (node.kind()) {
            case NULL -> 0;
            case STRING -> 1;
            case NUMBER -> 2;
            case FALSE, TRUE -> 3;
            case ARRAY -> 4;
            case OBJECT -> 5;
        };
    }

    static int compare(JsonNode left, JsonNode right) {
        // PostgreSQL stores a top-level scalar as a one-element array and compares element counts first:
        // an empty array sorts below every scalar, other arrays above.
        if (left.kind() == JsonNode.Kind.ARRAY && rank(right) < 4) {
            return left.values().isEmpty() ? -1 : 1;
        }
        if (right.kind() == JsonNode.Kind.ARRAY && rank(left) < 4) {
            return right.values().isEmpty() ? 1 : -1;
        }
        int byKind = Integer.compare(rank(left), rank(right));
        if (byKind != 0) {
            return byKind;
        }
        switch (left.kind()) {
            case NULL:
                return 0;
            case STRING:
                return Values.compareText(left.scalar(), right.scalar());
            case NUMBER:
                return left.number().compareTo(right.number());
            case FALSE:
            case TRUE:
                return Boolean.compare(left.kind() == JsonNode.Kind.TRUE, right.kind() == JsonNode.Kind.TRUE);
            case ARRAY: {
                int bySize = Integer.compare(left.values().size(), right.values().size());
                if (bySize != 0) {
                    return bySize;
                }
                for (int index = 0; index < left.values().size(); index++) {
                    int result = compare(left.values().get(index), right.values().get(index));
                    if (result != 0) {
                        return result;
                    }
                }
                return 0;
            }
            default: {
                int bySize = Integer.compare(left.keys().size(), right.keys().size());
                if (bySize != 0) {
                    return bySize;
                }
                for (int index = 0; index < left.keys().size(); index++) {
                    int byKey = Values.compareText(left.keys().get(index), right.keys().get(index));
                    if (byKey != 0) {
                        return byKey;
                    }
                    int byValue = compare(left.values().get(index), right.values().get(index));
                    if (byValue != 0) {
                        return byValue;
                    }
                }
                return 0;
            }
        }
    }

    private static void appendCanonical(JsonNode node, StringBuilder out) {
        switch (node.kind()) {
            case OBJECT -> {
                out.append('{');
                for (int index = 0; index < node.keys().size(); index++) {
                    out.append(index == 0 ? "" : ",");
                    JsonFormat.appendString(node.keys().get(index), out);
                    out.append(':');
                    appendCanonical(node.values().get(index), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int index = 0; index < node.values().size(); index++) {
                    out.append(index == 0 ? "" : ",");
                    appendCanonical(node.values().get(index), out);
                }
                out.append(']');
            }
            case NUMBER -> {
                BigDecimal number = node.number();
                out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toString());
            }
            default -> out.append(JsonFormat.normalize(node));
        }
    }
}
