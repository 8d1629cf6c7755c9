package io.dosql.query.node;

import java.util.Locale;

/** Infix operators with their SQL spelling and binding strength (higher binds tighter). */
public enum BinaryOperator {
    OR("or", 1), AND("and", 2),
    EQUAL("=", 4), NOT_EQUAL("<>", 4), LESS("<", 4), LESS_OR_EQUAL("<=", 4), GREATER(">", 4),
    GREATER_OR_EQUAL(">=", 4), LIKE("like", 4), NOT_LIKE("not like", 4), ILIKE("ilike", 4),
    NOT_ILIKE("not ilike", 4), IN("in", 4), NOT_IN("not in", 4), IS("is", 4), IS_NOT("is not", 4),
    IS_DISTINCT_FROM("is distinct from", 4), IS_NOT_DISTINCT_FROM("is not distinct from", 4),
    PLUS("+", 5), MINUS("-", 5), CONCAT("||", 5), MULTIPLY("*", 6), DIVIDE("/", 6), MODULO("%", 6);

    private static final BinaryOperator[] VALUES = values();

    private final String sql;
    private final int precedence;

    BinaryOperator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    public String sql() {
        return sql;
    }

    public int precedence() {
        return precedence;
    }

    /** Whether {@code (a op b) op c} equals {@code a op (b op c)}, so nested uses need no parentheses. */
    public boolean associative() {
        return this == OR || this == AND || this == PLUS || this == MULTIPLY || this == CONCAT;
    }

    /** Resolves the operator spelled in the string-based API, e.g. {@code ">="} or {@code "not like"}. */
    public static BinaryOperator parse(String operator) {
        // fastest path: the comparison symbols, spelled exactly (a switch on the string's cached hash)
        if (operator != null) {
            switch (operator) {
                case "=":
                    return EQUAL;
                case "<>":
                    return NOT_EQUAL;
                case "<":
                    return LESS;
                case "<=":
                    return LESS_OR_EQUAL;
                case ">":
                    return GREATER;
                case ">=":
                    return GREATER_OR_EQUAL;
                default:
                    break;
            }
        }
        // fast path without allocation: the common spellings are exact
        for (BinaryOperator candidate : VALUES) {
            if (candidate.sql.equalsIgnoreCase(operator)) {
                return candidate;
            }
        }
        String normalized = operator.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (normalized.equals("!=")) {
            return NOT_EQUAL;
        }
        for (BinaryOperator candidate : values()) {
            if (candidate.sql.equals(normalized)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown operator: '" + operator + "'");
    }
}
