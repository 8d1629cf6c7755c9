package io.dosql.parser.ast;

import java.util.Objects;

/** An infix operator. Precedence follows PostgreSQL: OR < AND < NOT < IS < comparison < LIKE/IN/BETWEEN < other operators (||, bitwise) < + - < * / % < ^ < unary minus. */
public record BinaryOperation(Operator operator, Expression left, Expression right) implements Expression {
    public BinaryOperation {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
    }

    /** The operator; {@code symbol} is how it is written. */
    public enum Operator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), POWER("^"), CONCAT("||"),
        EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="),
        AND("AND"), OR("OR"), BITWISE_AND("&"), BITWISE_OR("|"), BITWISE_XOR("#"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"),
        REGEX_MATCH("~"), REGEX_MATCH_INSENSITIVE("~*"), REGEX_NOT_MATCH("!~"), REGEX_NOT_MATCH_INSENSITIVE("!~*"),
        JSON_FIELD("->"), JSON_FIELD_TEXT("->>"), JSON_PATH("#>"), JSON_PATH_TEXT("#>>"), CONTAINS("@>"),
        CONTAINED_BY("<@"), DELETE_PATH("#-");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
