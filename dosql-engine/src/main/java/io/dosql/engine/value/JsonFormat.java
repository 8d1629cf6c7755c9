package io.dosql.engine.value;

import io.dosql.core.Bytes;
import io.dosql.core.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * JSON text as PostgreSQL writes it: string escaping (escape_json), SQL values as JSON (datum_to_json:
 * numbers and booleans bare, dates and timestamps in ISO 8601, json embedded, everything else a
 * string), and jsonb's normalized form (keys ordered by length then bytes, the last of duplicate keys
 * kept, numbers as numeric prints them, ", " and ": " separators).
 */
public final class JsonFormat {
    private JsonFormat() {
    }

    /** Parses {@code text} as json (kept verbatim). */
    public static Json json(String text) {
        JsonNode.parse(text, "json");
        return new Json(text);
    }

    /** Parses {@code text} as jsonb (normalized); PostgreSQL's jsonb input errors also say "type json". */
    public static Json jsonb(String text) {
        return new Json(normalize(JsonNode.parse(text, "json")));
    }

    /** A json or jsonb value parsed as jsonb sees it: keys in jsonb order, duplicate keys dropped. */
    public static JsonNode jsonbNode(Json value) {
        return JsonNode.parse(jsonb(value.text()).text(), "json");
    }

    /** The jsonb text of a parsed value. */
    public static String normalize(JsonNode node) {
        StringBuilder out = new StringBuilder();
        appendNormalized(node, out);
        return out.toString();
    }

    private static void appendNormalized(JsonNode node, StringBuilder out) {
        switch (node.kind()) {
            case OBJECT -> {
                List<Integer> order = new ArrayList<>();
                List<String> keys = node.keys();
                for (int index = 0; index < keys.size(); index++) {
                    int later = keys.subList(index + 1, keys.size()).indexOf(keys.get(index));
                    if (later < 0) {
                        order.add(index);
                    }
                }
                order.sort(Comparator.comparing(index -> keys.get(index).getBytes(StandardCharsets.UTF_8),
                        JsonFormat::compareKeys));
                out.append('{');
                for (int position = 0; position < order.size(); position++) {
                    int index = order.get(position);
                    out.append(position == 0 ? "" : ", ");
                    appendString(keys.get(index), out);
                    out.append(": ");
                    appendNormalized(node.values().get(index), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int index = 0; index < node.values().size(); index++) {
                    out.append(index == 0 ? "" : ", ");
                    appendNormalized(node.values().get(index), out);
                }
                out.append(']');
            }
            case STRING -> appendString(node.scalar(), out);
            case NUMBER -> out.append(NumericArithmetic.normalize(node.number()).toPlainString());
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    /** jsonb key order: shorter keys first, then bytewise. */
    private static int compareKeys(byte[] left, byte[] right) {
        if (left.length != right.length) {
            return Integer.compare(left.length, right.length);
        }
        return Arrays.compareUnsigned(left, right);
    }

    /** Appends {@code text} as a JSON string literal, escaped as PostgreSQL's escape_json does. */
    public static void appendString(String text, StringBuilder out) {
        out.append('"');
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Appends a SQL value as JSON (PostgreSQL's datum_to_json); NULL is {@code null}. */
    public static void appendValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Json json) {
            out.append(json.text());
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(NumericArithmetic.normalize(decimal).toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            String text = ValueFormatter.toText(value, null);
            if (Double.isFinite(number)) {
                out.append(text);
            } else {
                appendString(text, out);
            }
        } else if (value instanceof LocalDate date) {
            appendString(ValueFormatter.toText(date, null), out);
        } else if (value instanceof LocalDateTime timestamp) {
            appendString(ValueFormatter.toText(timestamp, null).replaceFirst(" ", "T"), out);
        } else if (value instanceof OffsetDateTime timestamp) {
            LocalDateTime utc = timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            appendString(ValueFormatter.toText(utc, null).replaceFirst(" ", "T") + "+00:00", out);
        } else if (value instanceof Bytes) {
            appendString(ValueFormatter.toText(value, null), out);
        } else {
            appendString(ValueFormatter.toText(value, null), out);
        }
    }

    /** A SQL value as json text. */
    public static String toJson(Object value) {
        StringBuilder out = new StringBuilder();
        appendValue(value, out);
        return out.toString();
    }

    /** The elements of a text[] literal such as {@code {a,b,"c d"}} (a json path), or null when malformed. */
    public static List<String> textArray(String literal) {
        String text = literal.strip();
        if (text.length() < 2 || text.charAt(0) != '{' || text.charAt(text.length() - 1) != '}') {
            return null;
        }
        List<String> elements = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        if (body.isBlank()) {
            return elements;
        }
        // As PostgreSQL reads array literals: whitespace around an element is dropped, whitespace inside
        // double quotes (or escaped) is kept.
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int kept = 0; // length of current up to its last character that is not dropped whitespace
        for (int index = 0; index < body.length(); index++) {
            char c = body.charAt(index);
            if (c == '\\' && index + 1 < body.length()) {
                current.append(body.charAt(++index));
                kept = current.length();
            } else if (c == '"') {
                quoted = !quoted;
                kept = current.length();
            } else if (c == ',' && !quoted) {
                elements.add(current.substring(0, kept));
                current.setLength(0);
                kept = 0;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    current.append(c); // kept only if something follows within the element
                }
            } else {
                current.append(c);
                kept = current.length();
            }
        }
        elements.add(current.substring(0, kept));
        return elements;
    }

    /** jsonb containment ({@code a @> b}), as PostgreSQL defines it. */
    public static boolean contains(JsonNode container, JsonNode contained, boolean topLevel) {
        switch (container.kind()) {
            case OBJECT:
                if (contained.kind() != JsonNode.Kind.OBJECT) {
                    return false;
                }
                for (int index = 0; index < contained.keys().size(); index++) {
                    JsonNode value = container.field(contained.keys().get(index));
                    if (value == null || !contains(value, contained.values().get(index), false)) {
                        return false;
                    }
                }
                return true;
            case ARRAY:
                if (contained.kind() != JsonNode.Kind.ARRAY) {
                    // Only a top-level array contains a bare scalar.
                    return topLevel && contained.kind() != JsonNode.Kind.OBJECT && hasElement(container, contained);
                }
                for (JsonNode wanted : contained.values()) {
                    if (!hasElement(container, wanted)) {
                        return false;
                    }
                }
                return true;
            default:
                return sameScalar(container, contained);
        }
    }

    private static boolean hasElement(JsonNode array, JsonNode wanted) {
        for (JsonNode element : array.values()) {
            boolean bothContainers = element.kind() == wanted.kind()
                    && (wanted.kind() == JsonNode.Kind.ARRAY || wanted.kind() == JsonNode.Kind.OBJECT);
            if (bothContainers ? contains(element, wanted, false) : sameScalar(element, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameScalar(JsonNode left, JsonNode right) {
        if (left.kind() != right.kind()) {
            return false;
        }
        return switch (left.kind()) {
            case STRING -> left.scalar().equals(right.scalar());
            case NUMBER -> left.number().compareTo(right.number()) == 0;
            case TRUE, FALSE, NULL -> true;
            default -> false;
        };
    }
}
