package io.dosql.engine.value;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parsed JSON value: object (keys and values in written order, duplicates kept, as json has them),
 * array, string (decoded), number (its written text), true, false or null. Every node keeps the exact
 * text it was parsed from ({@link #raw()}), because json operators return sub-values verbatim.
 */
public final class JsonNode {
    /** The JSON value kinds. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL }

    private final Kind kind;
    private final List<String> keys;
    private final List<JsonNode> values;
    private final String scalar;
    private final String raw;

    private JsonNode(Kind kind, List<String> keys, List<JsonNode> values, String scalar, String raw) {
        this.kind = kind;
        this.keys = keys;
        this.values = values;
        this.scalar = scalar;
        this.raw = raw;
    }

    public Kind kind() {
        return kind;
    }

    /** Object keys in written order (duplicates included); empty for other kinds. */
    public List<String> keys() {
        return keys;
    }

    /** Object values (parallel to {@link #keys()}) or array elements. */
    public List<JsonNode> values() {
        return values;
    }

    /** A string's decoded text or a number's written text; null for other kinds. */
    public String scalar() {
        return scalar;
    }

    /** The text this node was parsed from, without surrounding whitespace. */
    public String raw() {
        return raw;
    }

    /** The value of the last member named {@code key} (as PostgreSQL's json -> finds it), or null. */
    public JsonNode field(String key) {
        if (kind != Kind.OBJECT) {
            return null;
        }
        for (int index = keys.size() - 1; index >= 0; index--) {
            if (keys.get(index).equals(key)) {
                return values.get(index);
            }
        }
        return null;
    }

    /** Array element {@code index} (negative counts from the end), or null. */
    public JsonNode element(long index) {
        if (kind != Kind.ARRAY) {
            return null;
        }
        long position = index < 0 ? values.size() + index : index;
        return position < 0 || position >= values.size() ? null : values.get((int) position);
    }

    public BigDecimal number() {
        return new BigDecimal(scalar);
    }

    /** Parses {@code text} as JSON; 22P02 {@code invalid input syntax for type json} when it is not. */
    public static JsonNode parse(String text, String typeName) {
        Objects.requireNonNull(text, "text is null");
        Parser parser = new Parser(text, typeName);
        parser.skipWhitespace();
        JsonNode node = parser.value();
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.invalidToken();
        }
        return node;
    }

    /** A recursive-descent reader over the text. */
    private static final class Parser {
        private final String text;
        private final String typeName;
        private int position;

        Parser(String text, String typeName) {
            this.text = text;
            this.typeName = typeName;
        }

        void skipWhitespace() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                position++;
            }
        }

        JsonNode value() {
            if (position >= text.length()) {
                throw invalid("The input string ended unexpectedly.");
            }
            int start = position;
            char c = text.charAt(position);
            switch (c) {
                case '{':
                    return object(start);
                case '[':
                    return array(start);
                case '"': {
                    String decoded = string();
                    return new JsonNode(Kind.STRING, List.of(), List.of(), decoded, text.substring(start, position));
                }
                default:
                    if (c == '-' || c >= '0' && c <= '9') {
                        return number(start);
                    }
                    String word = word();
                    switch (word) {
                        case "true":
                            return new JsonNode(Kind.TRUE, List.of(), List.of(), null, word);
                        case "false":
                            return new JsonNode(Kind.FALSE, List.of(), List.of(), null, word);
                        case "null":
                            return new JsonNode(Kind.NULL, List.of(), List.of(), null, word);
                        default:
                            position = start;
                            throw invalidToken();
                    }
            }
        }

        private JsonNode object(int start) {
            position++;
            List<String> keys = new ArrayList<>();
            List<JsonNode> values = new ArrayList<>();
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return new JsonNode(Kind.OBJECT, List.of(), List.of(), null, text.substring(start, position));
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw position >= text.length() ? invalid("The input string ended unexpectedly.") : invalidToken();
                }
                keys.add(string());
                skipWhitespace();
                expect(':');
                skipWhitespace();
                values.add(value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect('}');
                return new JsonNode(Kind.OBJECT, List.copyOf(keys), List.copyOf(values), null,
                        text.substring(start, position));
            }
        }

        private JsonNode array(int start) {
            position++;
            List<JsonNode> values = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return new JsonNode(Kind.ARRAY, List.of(), List.of(), null, text.substring(start, position));
            }
            while (true) {
                skipWhitespace();
                values.add(value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect(']');
                return new JsonNode(Kind.ARRAY, List.of(), List.copyOf(values), null, text.substring(start, position));
            }
        }

        private String string() {
            position++;
            StringBuilder decoded = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw invalid("The input string ended unexpectedly.");
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    return decoded.toString();
                }
                if (c < 0x20) {
                    throw invalid("Character with value 0x" + String.format("%02x", (int) c) + " must be escaped.");
                }
                if (c != '\\') {
                    decoded.append(c);
                    continue;
                }
                if (position >= text.length()) {
                    throw invalid("The input string ended unexpectedly.");
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case '"', '\\', '/' -> decoded.append(escaped);
                    case 'b' -> decoded.append('\b');
                    case 'f' -> decoded.append('\f');
                    case 'n' -> decoded.append('\n');
                    case 'r' -> decoded.append('\r');
                    case 't' -> decoded.append('\t');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw invalid("\"\\u\" must be followed by four hexadecimal digits.");
                        }
                        try {
                            decoded.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        } catch (NumberFormatException notHex) {
                            throw invalid("\"\\u\" must be followed by four hexadecimal digits.");
                        }
                        position += 4;
                    }
                    default -> throw invalid("Escape sequence \"\\" + escaped + "\" is invalid.");
                }
            }
        }

        private JsonNode number(int start) {
            if (peek() == '-') {
                position++;
            }
            if (peek() == '0') {
                position++;
            } else if (!digits()) {
                position = start;
                throw invalidToken();
            }
            if (peek() == '.') {
                position++;
                if (!digits()) {
                    position = start;
                    throw invalidToken();
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                position++;
                if (peek() == '+' || peek() == '-') {
                    position++;
                }
                if (!digits()) {
                    position = start;
                    throw invalidToken();
                }
            }
            if (Character.isLetterOrDigit(peek())) {
                position = start;
                throw invalidToken();
            }
            String number = text.substring(start, position);
            return new JsonNode(Kind.NUMBER, List.of(), List.of(), number, number);
        }

        private boolean digits() {
            int start = position;
            while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
                position++;
            }
            return position > start;
        }

        private String word() {
            int start = position;
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                    || text.charAt(position) == '_')) {
                position++;
            }
            if (position == start) {
                position++;
            }
            return text.substring(start, position);
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        private void expect(char c) {
            if (position >= text.length()) {
                throw invalid("The input string ended unexpectedly.");
            }
            if (text.charAt(position) != c) {
                throw invalidToken();
            }
            position++;
        }

        DoSqlException invalidToken() {
            int start = position;
            String token = word();
            position = start;
            return invalid("Token \"" + token + "\" is invalid.");
        }

        DoSqlException invalid(String detail) {
            return new DoSqlException(ErrorCode.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type " + typeName)
                    .withDetail(detail);
        }
    }
}
