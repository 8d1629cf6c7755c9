package io.dosql.engine.value;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.UnaryOperation;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL's type resolution for expressions: the common type of UNION/CASE/COALESCE/VALUES
 * branches ({@code select_common_type}) and the operator chosen for a pair of operand types.
 */
public final class TypeCoercion {
    static final String OPERATOR_HINT =
            "No operator matches the given name and argument types. You might need to add explicit type casts.";

    private TypeCoercion() {
    }

    /**
     * The type all of {@code types} are converted to (PostgreSQL's select_common_type); for CASE,
     * COALESCE, VALUES, GREATEST/LEAST, IN lists. UNION/INTERSECT/EXCEPT resolve pairwise, left to
     * right, as PostgreSQL does: call this with two types per set operation. The type keeps its
     * modifiers (varchar(5)) only when every input has exactly that type. {@code context} names the
     * construct for the error message ({@code "CASE"}, {@code "UNION"}, {@code "COALESCE"},
     * {@code "VALUES"}). All UNKNOWN gives TEXT; mixing categories raises 42804, types of one
     * category without an implicit cast between them 42846.
     */
    public static SqlType commonType(List<SqlType> types, String context) {
        Objects.requireNonNull(types, "types is null");
        SqlType chosen = null;
        boolean sameTypeAndModifiers = true;
        for (SqlType next : types) {
            if (next.kind() == TypeKind.UNKNOWN) {
                sameTypeAndModifiers = false; // the literal is cast to the bare type, so modifiers are lost
                continue;
            }
            if (chosen == null) {
                chosen = next;
                continue;
            }
            if (!next.equals(chosen)) {
                sameTypeAndModifiers = false;
            }
            if (next.kind() == chosen.kind()) {
                continue;
            }
            TypeCategory chosenCategory = TypeCategory.of(chosen.kind());
            if (TypeCategory.of(next.kind()) != chosenCategory) {
                throw ErrorCode.DATATYPE_MISMATCH.exception(context + " types " + chosen.kind().postgresName()
                        + " and " + next.kind().postgresName() + " cannot be matched");
            }
            // Move to the new type when it is reachable implicitly but not back, unless we hold the preferred type.
            if (!TypeCategory.isPreferred(chosen.kind()) && Casts.canImplicitlyCast(chosen, next)
                    && !Casts.canImplicitlyCast(next, chosen)) {
                chosen = next;
            }
        }
        if (chosen == null) {
            return SqlType.TEXT;
        }
        for (SqlType type : types) {
            if (type.kind() != TypeKind.UNKNOWN && !Casts.canImplicitlyCast(type, chosen)) {
                throw new DoSqlException(ErrorCode.CANNOT_COERCE, context + " could not convert type "
                        + type.kind().postgresName() + " to " + chosen.kind().postgresName());
            }
        }
        return sameTypeAndModifiers ? chosen : SqlType.of(chosen.kind());
    }

    /** The operator for {@code left op right}, or 42883 {@code operator does not exist}. */
    public static OperatorBinding resolveBinary(BinaryOperation.Operator operator, SqlType left, SqlType right) {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
        OperatorBinding binding = switch (operator) {
            case ADD, MULTIPLY, DIVIDE, MODULO, POWER -> ArithmeticOperators.resolve(operator, left, right);
            case SUBTRACT -> left.kind() == TypeKind.JSONB ? JsonOperators.resolve(operator, left, right)
                    : ArithmeticOperators.resolve(operator, left, right);
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL ->
                    ComparisonOperators.resolve(operator, left, right);
            case CONCAT, AND, OR, BITWISE_AND, BITWISE_OR, BITWISE_XOR, SHIFT_LEFT, SHIFT_RIGHT,
                 REGEX_MATCH, REGEX_MATCH_INSENSITIVE, REGEX_NOT_MATCH, REGEX_NOT_MATCH_INSENSITIVE ->
                    OtherOperators.resolve(operator, left, right);
            case JSON_FIELD, JSON_FIELD_TEXT, JSON_PATH, JSON_PATH_TEXT, CONTAINS, CONTAINED_BY, DELETE_PATH ->
                    JsonOperators.resolve(operator, left, right);
        };
        if (binding == null) {
            throw operatorDoesNotExist(left.kind().postgresName() + " " + operator.symbol() + " "
                    + right.kind().postgresName());
        }
        return binding;
    }

    /** The prefix operator for {@code op operand}; the binding's {@code rightCastTo} is null. */
    public static OperatorBinding resolveUnary(UnaryOperation.Operator operator, SqlType operand) {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(operand, "operand is null");
        OperatorBinding binding = OtherOperators.resolveUnary(operator, operand);
        if (binding == null && operator == UnaryOperation.Operator.NOT) {
            throw ErrorCode.DATATYPE_MISMATCH.exception("argument of NOT must be type boolean, not type "
                    + operand.kind().postgresName());
        }
        if (binding == null && operand.kind() == TypeKind.TIME && operator == UnaryOperation.Operator.NEGATE) {
            binding = OtherOperators.resolveUnary(operator, SqlType.INTERVAL);
        }
        if (binding == null && operand.kind() == TypeKind.UNKNOWN && operator == UnaryOperation.Operator.PLUS) {
            binding = OtherOperators.resolveUnary(operator, SqlType.DOUBLE);
        }
        if (binding == null) {
            if (operand.kind() == TypeKind.UNKNOWN && operator != UnaryOperation.Operator.NOT) {
                throw new DoSqlException(ErrorCode.AMBIGUOUS_FUNCTION,
                        "operator is not unique: " + symbol(operator) + " unknown").withHint(
                        "Could not choose a best candidate operator. You might need to add explicit type casts.");
            }
            throw operatorDoesNotExist(symbol(operator) + " " + operand.kind().postgresName());
        }
        return binding;
    }

    static String symbol(UnaryOperation.Operator operator) {
        return switch (operator) {
            case NEGATE -> "-";
            case PLUS -> "+";
            case NOT -> "NOT";
            case BITWISE_NOT -> "~";
        };
    }

    static DoSqlException operatorDoesNotExist(String signature) {
        return new DoSqlException(ErrorCode.UNDEFINED_FUNCTION, "operator does not exist: " + signature)
                .withHint(OPERATOR_HINT);
    }

    static DoSqlException operatorNotUnique(String signature) {
        return new DoSqlException(ErrorCode.AMBIGUOUS_FUNCTION, "operator is not unique: " + signature)
                .withHint("Could not choose a best candidate operator. You might need to add explicit type casts.");
    }
}
