package io.dosql.engine.value;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.BinaryOperation.Operator;

/**
 * The comparison operators {@code = <> < <= > >=}: defined within one type category (numbers of any
 * width compare exactly, date with timestamp, text with varchar); an untyped literal takes the other
 * side's type.
 */
final class ComparisonOperators {
    private ComparisonOperators() {
    }

    /** The binding, or null when the two types cannot be compared. */
    static OperatorBinding resolve(Operator operator, SqlType left, SqlType right) {
        SqlType leftType = left;
        SqlType rightType = right;
        if (left.kind() == TypeKind.UNKNOWN && right.kind() == TypeKind.UNKNOWN) {
            leftType = SqlType.TEXT;
            rightType = SqlType.TEXT;
        } else if (left.kind() == TypeKind.UNKNOWN) {
            leftType = SqlType.of(right.kind());
        } else if (right.kind() == TypeKind.UNKNOWN) {
            rightType = SqlType.of(left.kind());
        }
        if (!comparable(leftType.kind(), rightType.kind()) || leftType.kind() == TypeKind.JSON) {
            return null; // json has no comparison operators (jsonb has)
        }
        if (leftType.kind() != rightType.kind() && leftType.kind().isNumeric() && rightType.kind().isNumeric()
                && (isFloat(leftType.kind()) != isFloat(rightType.kind()))) {
            // A float against an integer or numeric compares as double precision, as PostgreSQL's
            // resolved operator does (1.1::numeric = 1.1::float8 is true); real against double is exact.
            leftType = SqlType.DOUBLE;
            rightType = SqlType.DOUBLE;
        }
        if (leftType.kind() == TypeKind.INTERVAL || rightType.kind() == TypeKind.INTERVAL) {
            leftType = SqlType.of(leftType.kind() == TypeKind.TIME ? TypeKind.INTERVAL : leftType.kind());
            rightType = SqlType.of(rightType.kind() == TypeKind.TIME ? TypeKind.INTERVAL : rightType.kind());
        }
        if (leftType.kind() == TypeKind.CHAR || rightType.kind() == TypeKind.CHAR) {
            // character(n) loses its pad spaces: against character both sides (bpchar comparison),
            // against text or varchar only its own (the char is cast to text, PostgreSQL-style).
            BinaryImplementation plain = implementation(operator);
            boolean stripLeft = leftType.kind() == TypeKind.CHAR;
            boolean stripRight = rightType.kind() == TypeKind.CHAR;
            return new OperatorBinding(leftType, rightType, SqlType.BOOLEAN, (a, b) -> plain.apply(
                    stripLeft ? Casts.stripTrailingSpaces((String) a) : a,
                    stripRight ? Casts.stripTrailingSpaces((String) b) : b));
        }
        return new OperatorBinding(leftType, rightType, SqlType.BOOLEAN, implementation(operator));
    }

    private static boolean isFloat(TypeKind kind) {
        return kind == TypeKind.REAL || kind == TypeKind.DOUBLE;
    }

    static boolean comparable(TypeKind left, TypeKind right) {
        if (left == right) {
            return true;
        }
        if (left == TypeKind.INTERVAL && right == TypeKind.TIME || left == TypeKind.TIME && right == TypeKind.INTERVAL) {
            return true; // time converts implicitly to interval
        }
        TypeCategory category = TypeCategory.of(left);
        if (category != TypeCategory.of(right)) {
            return false;
        }
        if (category == TypeCategory.DATETIME) {
            // time compares only with time; date, timestamp and timestamptz compare with each other.
            return left != TypeKind.TIME && right != TypeKind.TIME;
        }
        return category == TypeCategory.NUMERIC || category == TypeCategory.STRING;
    }

    static BinaryImplementation implementation(Operator operator) {
        return switch (operator) {
            case EQUAL -> (a, b) -> Values.equal(a, b);
            case NOT_EQUAL -> (a, b) -> !Values.equal(a, b);
            case LESS -> (a, b) -> Values.compare(a, b) < 0;
            case LESS_OR_EQUAL -> (a, b) -> Values.compare(a, b) <= 0;
            case GREATER -> (a, b) -> Values.compare(a, b) > 0;
            case GREATER_OR_EQUAL -> (a, b) -> Values.compare(a, b) >= 0;
            default -> throw new IllegalArgumentException("not a comparison: " + operator);
        };
    }
}
