package io.dosql.engine.function;

import io.dosql.core.ErrorCode;
import io.dosql.engine.value.ValueFormatter;
import java.util.Locale;

/** PostgreSQL's {@code format()}: %s, %I, %L and %%, with argument positions ({@code %1$s}) and widths. */
final class Format {
    private Format() {
    }

    /** {@code arguments[0]} is the format string, the rest its values. */
    static String format(Object[] arguments) {
        String template = (String) arguments[0];
        StringBuilder result = new StringBuilder();
        int nextArgument = 1;
        int index = 0;
        while (index < template.length()) {
            char character = template.charAt(index++);
            if (character != '%') {
                result.append(character);
                continue;
            }
            if (index >= template.length()) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("unterminated format() type specifier");
            }
            if (template.charAt(index) == '%') {
                result.append('%');
                index++;
                continue;
            }
            int position = -1;
            int digitsEnd = index;
            while (digitsEnd < template.length() && Character.isDigit(template.charAt(digitsEnd))) {
                digitsEnd++;
            }
            if (digitsEnd > index && digitsEnd < template.length() && template.charAt(digitsEnd) == '$') {
                position = Integer.parseInt(template.substring(index, digitsEnd));
                index = digitsEnd + 1;
            }
            boolean leftAlign = false;
            if (index < template.length() && template.charAt(index) == '-') {
                leftAlign = true;
                index++;
            }
            int width = 0;
            while (index < template.length() && Character.isDigit(template.charAt(index))) {
                width = width * 10 + (template.charAt(index++) - '0');
            }
            if (index >= template.length()) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("unterminated format() type specifier");
            }
            char type = template.charAt(index++);
            int argumentIndex = position > 0 ? position : nextArgument;
            nextArgument = argumentIndex + 1;
            if (argumentIndex >= arguments.length) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("too few arguments for format()");
            }
            Object value = arguments[argumentIndex];
            String text = switch (type) {
                case 's' -> value == null ? "" : ValueFormatter.toText(value, null);
                case 'I' -> {
                    if (value == null) {
                        throw ErrorCode.NULL_VALUE_NOT_ALLOWED.exception(
                                "null values cannot be formatted as an SQL identifier");
                    }
                    yield quoteIdentifier(ValueFormatter.toText(value, null));
                }
                case 'L' -> value == null ? "NULL" : quoteLiteral(ValueFormatter.toText(value, null));
                default -> throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                        "unrecognized format() type specifier \"" + type + "\"");
            };
            if (text.length() < width) {
                String padding = " ".repeat(width - text.length());
                text = leftAlign ? text + padding : padding + text;
            }
            result.append(text);
        }
        return result.toString();
    }

    /** Double-quotes an identifier unless it is a plain lower-case name. */
    static String quoteIdentifier(String identifier) {
        boolean plain = !identifier.isEmpty() && identifier.matches("[a-z_][a-z0-9_$]*")
                && !RESERVED.contains(identifier.toLowerCase(Locale.ROOT));
        return plain ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static final java.util.Set<String> RESERVED = java.util.Set.of("select", "from", "where", "table",
            "order", "group", "user", "and", "or", "not", "null", "true", "false", "union", "limit", "offset",
            "create", "as", "in", "is", "case", "when", "then", "else", "end", "join", "on", "all", "distinct");

    /** Single-quotes a literal, doubling quotes; backslashes make it an E'' string as PostgreSQL does. */
    static String quoteLiteral(String literal) {
        String quoted = "'" + literal.replace("'", "''").replace("\\", "\\\\") + "'";
        return literal.indexOf('\\') >= 0 ? "E" + quoted : quoted;
    }
}
