package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.parser.ast.Between;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.BooleanLiteral;
import io.dosql.parser.ast.CaseExpression;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.InList;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.IsBoolean;
import io.dosql.parser.ast.IsDistinctFrom;
import io.dosql.parser.ast.IsNull;
import io.dosql.parser.ast.NullLiteral;
import io.dosql.parser.ast.UnaryOperation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Checks operator precedence and associativity against PostgreSQL itself: ~2,700 random expressions
 * (written with few parentheses) were evaluated by PostgreSQL 15; each is parsed here and evaluated by
 * a small integer/boolean interpreter, and the values must agree. A precedence mistake changes values.
 */
class PrecedenceAgainstPostgreSqlTest {

    @Test
    void randomExpressionsEvaluateAsInPostgreSql() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/precedence-postgresql15.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String sql = line.substring(0, tab);
                String expected = line.substring(tab + 1);
                String actual;
                try {
                    actual = render(evaluate(SqlParser.parseExpression(sql)));
                } catch (RuntimeException failure) {
                    actual = failure.toString();
                }
                if (!expected.equals(actual)) {
                    mismatches.add(sql + "  PostgreSQL: " + expected + "  here: " + actual);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(mismatches).isEmpty();
    }

    private static String render(Object value) {
        return value == null ? "NULL" : value.toString();
    }

    private static Object evaluate(Expression expression) {
        if (expression instanceof IntegerLiteral) {
            return ((IntegerLiteral) expression).value();
        }
        if (expression instanceof BooleanLiteral) {
            return ((BooleanLiteral) expression).value();
        }
        if (expression instanceof NullLiteral) {
            return null;
        }
        if (expression instanceof UnaryOperation) {
            UnaryOperation unary = (UnaryOperation) expression;
            Object operand = evaluate(unary.operand());
            switch (unary.operator()) {
                case NEGATE:
                    return operand == null ? null : -(Long) operand;
                case PLUS:
                    return (Long) operand;
                case BITWISE_NOT:
                    return operand == null ? null : ~(Long) operand;
                case NOT:
                    return operand == null ? null : !(Boolean) operand;
                default:
                    throw new IllegalStateException(unary.toString());
            }
        }
        if (expression instanceof BinaryOperation) {
            return evaluateBinary((BinaryOperation) expression);
        }
        if (expression instanceof IsNull) {
            IsNull isNull = (IsNull) expression;
            return (evaluate(isNull.operand()) == null) != isNull.negated();
        }
        if (expression instanceof IsBoolean) {
            IsBoolean is = (IsBoolean) expression;
            Boolean value = (Boolean) evaluate(is.operand());
            return Objects.equals(value, is.value()) != is.negated();
        }
        if (expression instanceof IsDistinctFrom) {
            IsDistinctFrom distinct = (IsDistinctFrom) expression;
            return !Objects.equals(evaluate(distinct.left()), evaluate(distinct.right())) != distinct.negated();
        }
        if (expression instanceof Between) {
            Between between = (Between) expression;
            Object operand = evaluate(between.operand());
            Boolean result = and(compare(operand, evaluate(between.low()), 1), compare(evaluate(between.high()), operand, 1));
            return between.negated() ? not(result) : result;
        }
        if (expression instanceof InList) {
            InList in = (InList) expression;
            Object operand = evaluate(in.operand());
            Boolean result = Boolean.FALSE;
            for (Expression value : in.values()) {
                result = or(result, compare(operand, evaluate(value), 0));
            }
            return in.negated() ? not(result) : result;
        }
        if (expression instanceof CaseExpression) {
            CaseExpression caseExpression = (CaseExpression) expression;
            if (Boolean.TRUE.equals(evaluate(caseExpression.whenClauses().get(0).condition()))) {
                return evaluate(caseExpression.whenClauses().get(0).result());
            }
            return evaluate(caseExpression.elseResult());
        }
        throw new IllegalStateException("not evaluated: " + expression);
    }

    private static Object evaluateBinary(BinaryOperation binary) {
        Object left = evaluate(binary.left());
        Object right = evaluate(binary.right());
        switch (binary.operator()) {
            case AND:
                return and((Boolean) left, (Boolean) right);
            case OR:
                return or((Boolean) left, (Boolean) right);
            case EQUAL:
                return compare(left, right, 0);
            case NOT_EQUAL:
                return not(compare(left, right, 0));
            case LESS:
                return compare(right, left, 2);
            case GREATER:
                return compare(left, right, 2);
            case LESS_OR_EQUAL:
                return compare(right, left, 1);
            case GREATER_OR_EQUAL:
                return compare(left, right, 1);
            default:
                break;
        }
        if (left == null || right == null) {
            return null;
        }
        long a = (Long) left;
        long b = (Long) right;
        switch (binary.operator()) {
            case ADD:
                return a + b;
            case SUBTRACT:
                return a - b;
            case MULTIPLY:
                return a * b;
            case DIVIDE:
                return a / b;
            case MODULO:
                return a % b;
            case BITWISE_AND:
                return a & b;
            case BITWISE_OR:
                return a | b;
            case BITWISE_XOR:
                return a ^ b;
            case SHIFT_LEFT:
                return (long) ((int) a << (int) b); // int4 shifts wrap at 32 bits, as in C
            case SHIFT_RIGHT:
                return (long) ((int) a >> (int) b);
            default:
                throw new IllegalStateException(binary.toString());
        }
    }

    /** mode 0: left = right; 1: left >= right; 2: left > right. */
    private static Boolean compare(Object left, Object right, int mode) {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof Boolean || right instanceof Boolean) {
            if (!(left instanceof Boolean && right instanceof Boolean) || mode != 0) {
                throw new IllegalStateException("type mismatch");
            }
            return left.equals(right);
        }
        int comparison = Long.compare((Long) left, (Long) right);
        return mode == 0 ? comparison == 0 : mode == 1 ? comparison >= 0 : comparison > 0;
    }

    private static Boolean not(Boolean value) {
        return value == null ? null : !value;
    }

    private static Boolean and(Boolean left, Boolean right) {
        if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
            return false;
        }
        return left == null || right == null ? null : true;
    }

    private static Boolean or(Boolean left, Boolean right) {
        if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
            return true;
        }
        return left == null || right == null ? null : false;
    }
}
