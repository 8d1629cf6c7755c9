package io.dosql.engine.binder;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.execution.AggregateCall;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.CallExpression;
import io.dosql.engine.expression.CaseWhenExpression;
import io.dosql.engine.expression.CoalesceExpression;
import io.dosql.engine.expression.ColumnRef;
import io.dosql.engine.expression.ComparisonExpression;
import io.dosql.engine.expression.InListExpression;
import io.dosql.engine.expression.Literal;
import io.dosql.engine.expression.LogicalExpression;
import io.dosql.engine.expression.OuterColumnRef;
import io.dosql.engine.expression.ParameterRef;
import io.dosql.engine.expression.SubqueryExpression;
import io.dosql.engine.function.AggregateFunctionBinding;
import io.dosql.engine.function.ScalarFunctionBinding;
import io.dosql.engine.value.Casts;
import io.dosql.engine.value.LikeMatcher;
import io.dosql.engine.value.OperatorBinding;
import io.dosql.engine.value.TypeCoercion;
import io.dosql.engine.value.ValueParser;
import io.dosql.engine.value.Values;
import io.dosql.parser.ast.Between;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.BooleanLiteral;
import io.dosql.parser.ast.CaseExpression;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.CollateExpression;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.DecimalLiteral;
import io.dosql.parser.ast.Exists;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.InList;
import io.dosql.parser.ast.InSubquery;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.IsBoolean;
import io.dosql.parser.ast.IsDistinctFrom;
import io.dosql.parser.ast.IsNull;
import io.dosql.parser.ast.Like;
import io.dosql.parser.ast.NullLiteral;
import io.dosql.parser.ast.Parameter;
import io.dosql.parser.ast.QuantifiedComparison;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.ScalarSubquery;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.TypedLiteral;
import io.dosql.parser.ast.UnaryOperation;
import io.dosql.parser.ast.WhenClause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds AST expressions against a {@link Scope}: resolves names, types operators and functions,
 * inserts implicit casts, folds constants, and (when a collector is given) turns aggregate calls into
 * placeholders.
 */
public final class ExpressionBinder {
    private final BindingContext context;
    private final Scope scope;
    private final AggregateCollector aggregates;
    private final WindowCollector windows;

    ExpressionBinder(BindingContext context, Scope scope, AggregateCollector aggregates, WindowCollector windows) {
        this.context = context;
        this.scope = scope;
        this.aggregates = aggregates;
        this.windows = windows;
    }

    public static ExpressionBinder of(BindingContext context, Scope scope) {
        return new ExpressionBinder(context, scope, null, null);
    }

    public Scope scope() {
        return scope;
    }

    public BoundExpression bind(Expression expression) {
        BoundExpression bound = bindUnfolded(expression);
        return io.dosql.engine.expression.ExecutionConstant.cacheParameterComputations(fold(bound));
    }

    /** Evaluates a constant expression now; keeps it as is when evaluation fails (the error surfaces at run time). */
    static BoundExpression fold(BoundExpression expression) {
        if (expression instanceof Literal || !expression.isFoldable()) {
            return expression;
        }
        try {
            return new Literal(expression.evaluate(null, null), expression.type());
        } catch (RuntimeException failure) {
            return expression;
        }
    }

    /** Binds a condition (WHERE, ON, HAVING, CHECK): it must be boolean. */
    public BoundExpression bindCondition(Expression expression, String clause) {
        BoundExpression bound = bind(expression);
        return requireBoolean(bound, clause);
    }

    BoundExpression requireBoolean(BoundExpression bound, String clause) {
        TypeKind kind = bound.type().kind();
        if (kind == TypeKind.UNKNOWN) {
            return cast(bound, SqlType.BOOLEAN);
        }
        if (kind != TypeKind.BOOLEAN) {
            throw ErrorCode.DATATYPE_MISMATCH.exception("argument of " + clause + " must be type boolean, not type "
                    + bound.type().kind().postgresName());
        }
        return bound;
    }

    private BoundExpression bindUnfolded(Expression expression) {
        if (expression instanceof ColumnReference reference) {
            return bindColumn(reference);
        }
        if (expression instanceof IntegerLiteral literal) {
            return integerLiteral(literal.value());
        }
        if (expression instanceof DecimalLiteral literal) {
            return new Literal(numericLiteral(literal.value()), SqlType.NUMERIC);
        }
        if (expression instanceof StringLiteral literal) {
            return new Literal(literal.value(), SqlType.UNKNOWN);
        }
        if (expression instanceof BooleanLiteral literal) {
            return new Literal(literal.value(), SqlType.BOOLEAN);
        }
        if (expression instanceof NullLiteral) {
            return Literal.NULL;
        }
        if (expression instanceof Parameter parameter) {
            context.noteParameter(parameter.index());
            return new ParameterRef(parameter.index());
        }
        if (expression instanceof TypedLiteral literal) {
            SqlType type = TypeResolver.resolve(literal.type());
            return new Literal(ValueParser.parse(literal.value(), type), type);
        }
        if (expression instanceof Cast castExpression) {
            SqlType target = TypeResolver.resolve(castExpression.type());
            BoundExpression operand = bind(castExpression.operand());
            if (!Casts.canExplicitlyCast(operand.type(), target)) {
                throw ErrorCode.CANNOT_COERCE.exception(operand.type().kind().postgresName(), target.displayName());
            }
            return cast(operand, target);
        }
        if (expression instanceof BinaryOperation operation) {
            return bindBinary(operation);
        }
        if (expression instanceof UnaryOperation operation) {
            return bindUnary(operation);
        }
        if (expression instanceof IsNull isNull) {
            BoundExpression operand = bind(isNull.operand());
            boolean negated = isNull.negated();
            return new CallExpression(negated ? "(%s IS NOT NULL)" : "(%s IS NULL)", SqlType.BOOLEAN, List.of(operand),
                    (values, unused) -> (values[0] == null) != negated, false, false);
        }
        if (expression instanceof IsBoolean isBoolean) {
            BoundExpression operand = requireBoolean(bind(isBoolean.operand()), "IS");
            Boolean wanted = isBoolean.value();
            boolean negated = isBoolean.negated();
            String text = "(%s IS " + (negated ? "NOT " : "") + (wanted == null ? "UNKNOWN" : wanted ? "TRUE" : "FALSE") + ")";
            return new CallExpression(text, SqlType.BOOLEAN, List.of(operand),
                    (values, unused) -> (values[0] == wanted || (wanted != null && wanted.equals(values[0]))) != negated,
                    false, false);
        }
        if (expression instanceof IsDistinctFrom distinct) {
            return bindIsDistinct(distinct);
        }
        if (expression instanceof Between between) {
            return bindBetween(between);
        }
        if (expression instanceof InList inList) {
            return bindInList(inList);
        }
        if (expression instanceof Like like) {
            return bindLike(like);
        }
        if (expression instanceof CaseExpression caseExpression) {
            return bindCase(caseExpression);
        }
        if (expression instanceof FunctionCall call) {
            return bindFunction(call);
        }
        if (expression instanceof CollateExpression collate) {
            return bind(collate.operand());
        }
        if (expression instanceof ScalarSubquery subquery) {
            BoundQuery query = bindSubquery(subquery.query(), 1);
            return new SubqueryExpression(SubqueryExpression.Kind.SCALAR, query.plan(), null, null, false,
                    query.correlated(), query.columns().get(0).type());
        }
        if (expression instanceof Exists exists) {
            BoundQuery query = bindSubquery(exists.query(), -1);
            return new SubqueryExpression(SubqueryExpression.Kind.EXISTS, query.plan(), null, null, false,
                    query.correlated(), SqlType.BOOLEAN);
        }
        if (expression instanceof InSubquery inSubquery) {
            BoundExpression result = bindQuantified(BinaryOperation.Operator.EQUAL, true, inSubquery.operand(),
                    inSubquery.query());
            return inSubquery.negated() ? not(result) : result;
        }
        if (expression instanceof QuantifiedComparison quantified) {
            if (quantified.query() == null) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("ANY/ALL over arrays");
            }
            return bindQuantified(quantified.operator(), quantified.quantifier() == QuantifiedComparison.Quantifier.ANY,
                    quantified.left(), quantified.query());
        }
        if (expression instanceof io.dosql.parser.ast.DefaultValue) {
            throw ErrorCode.SYNTAX_ERROR.exception("DEFAULT is not allowed in this context");
        }
        throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(expression.getClass().getSimpleName() + " expressions");
    }

    private static boolean isNullLiteral(BoundExpression expression) {
        return expression instanceof Literal literal && literal.value() == null;
    }

    static Literal integerLiteral(long value) {
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return new Literal((int) value, SqlType.INTEGER);
        }
        return new Literal(value, SqlType.BIGINT);
    }

    private BoundExpression bindColumn(ColumnReference reference) {
        Scope.Resolution resolution = scope.resolve(reference.qualifier(), reference.name(), reference.position());
        if (resolution == null) {
            throw undefinedColumn(reference);
        }
        Scope.Entry entry = resolution.entry();
        String name = entry.tableAlias() == null ? entry.name() : entry.tableAlias() + "." + entry.name();
        if (resolution.levelsUp() == 0) {
            return new ColumnRef(resolution.index(), entry.type(), name);
        }
        return new OuterColumnRef(resolution.levelsUp(), resolution.index(), entry.type(), name);
    }

    private DoSqlException undefinedColumn(ColumnReference reference) {
        List<String> qualifier = reference.qualifier();
        if (!qualifier.isEmpty() && !scope.hasTable(qualifier.get(qualifier.size() - 1))) {
            return new DoSqlException(ErrorCode.UNDEFINED_TABLE, "missing FROM-clause entry for table \""
                    + qualifier.get(qualifier.size() - 1) + "\"").withPosition(reference.position());
        }
        String shown = String.join(".", reference.parts());
        DoSqlException failure = new DoSqlException(ErrorCode.UNDEFINED_COLUMN,
                ErrorCode.UNDEFINED_COLUMN.format("\"" + shown + "\"").replace("column \"" + shown + "\"",
                        qualifier.isEmpty() ? "column \"" + shown + "\"" : "column " + shown))
                .withPosition(reference.position());
        String closest = scope.closestColumn(reference.name());
        if (closest != null) {
            failure = failure.withHint("Perhaps you meant to reference the column \"" + closest + "\".");
        }
        return failure;
    }

    /** Converts {@code expression} to {@code target} (explicit-cast semantics); folds literals. */
    BoundExpression cast(BoundExpression expression, SqlType target) {
        SqlType source = expression.type();
        if (source.equals(target) || target.kind() == TypeKind.UNKNOWN) {
            return expression;
        }
        if (source.kind() == target.kind() && !target.hasPrecision()) {
            return expression;
        }
        if (expression instanceof ParameterRef parameter) {
            context.noteParameterType(parameter.index(), target);
        }
        BoundExpression converted = new CallExpression("CAST(%s AS " + target.displayName() + ")", target,
                List.of(expression), (values, unused) -> Casts.explicitCast(values[0], source, target), true, false);
        return expression instanceof Literal ? foldStrict(converted) : converted;
    }

    /** Folds, but lets conversion errors of literals surface now (invalid input syntax). */
    private static BoundExpression foldStrict(BoundExpression expression) {
        return new Literal(expression.evaluate(null, null), expression.type());
    }

    private BoundExpression bindBinary(BinaryOperation operation) {
        BinaryOperation.Operator operator = operation.operator();
        if (operator == BinaryOperation.Operator.AND || operator == BinaryOperation.Operator.OR) {
            BoundExpression left = requireBoolean(bind(operation.left()), operator.symbol());
            BoundExpression right = requireBoolean(bind(operation.right()), operator.symbol());
            return new LogicalExpression(operator == BinaryOperation.Operator.AND, left, right);
        }
        BoundExpression left = bind(operation.left());
        BoundExpression right = bind(operation.right());
        return binary(operator, left, right);
    }

    BoundExpression binary(BinaryOperation.Operator operator, BoundExpression left, BoundExpression right) {
        OperatorBinding binding = TypeCoercion.resolveBinary(operator, left.type(), right.type());
        if (isNullLiteral(left) || isNullLiteral(right)) {
            // A strict operator with a NULL constant operand is NULL, without evaluating the other side (as PostgreSQL folds it).
            return new Literal(null, binding.resultType());
        }
        BoundExpression castLeft = cast(left, binding.leftCastTo());
        BoundExpression castRight = cast(right, binding.rightCastTo());
        switch (operator) {
            case EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL:
                return new ComparisonExpression(operator, castLeft, castRight, binding);
            default:
                return new CallExpression("(%s " + operator.symbol().replace("%", "%%") + " %s)", binding.resultType(),
                        List.of(castLeft, castRight), (values, unused) -> binding.apply(values[0], values[1]), true, false);
        }
    }

    private BoundExpression bindUnary(UnaryOperation operation) {
        if (operation.operator() == UnaryOperation.Operator.NEGATE) {
            if (operation.operand() instanceof IntegerLiteral literal) {
                return integerLiteral(-literal.value());
            }
            if (operation.operand() instanceof DecimalLiteral literal) {
                BigDecimal negated = literal.value().negate();
                if (negated.scale() <= 0 && negated.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) == 0) {
                    return new Literal(Long.MIN_VALUE, SqlType.BIGINT);
                }
                return new Literal(numericLiteral(negated), SqlType.NUMERIC);
            }
        }
        BoundExpression operand = bind(operation.operand());
        if (operation.operator() == UnaryOperation.Operator.PLUS && !operand.type().kind().isNumeric()
                && operand.type().kind() != TypeKind.INTERVAL) {
            // SQLite accepts unary plus on anything as a no-op; the corpus relies on it.
            return operand;
        }
        if (operation.operator() == UnaryOperation.Operator.NOT) {
            return not(requireBoolean(operand, "NOT"));
        }
        OperatorBinding binding = TypeCoercion.resolveUnary(operation.operator(), operand.type());
        BoundExpression castOperand = cast(operand, binding.leftCastTo());
        String symbol = switch (operation.operator()) {
            case NEGATE -> "-";
            case PLUS -> "+";
            case BITWISE_NOT -> "~";
            case NOT -> "NOT ";
        };
        return new CallExpression("(" + symbol + "%s)", binding.resultType(), List.of(castOperand),
                (values, unused) -> binding.apply(values[0], null), true, false);
    }

    static BoundExpression not(BoundExpression operand) {
        return new CallExpression("(NOT %s)", SqlType.BOOLEAN, List.of(operand),
                (values, unused) -> !(Boolean) values[0], true, false);
    }

    private BoundExpression bindIsDistinct(IsDistinctFrom distinct) {
        BoundExpression left = bind(distinct.left());
        BoundExpression right = bind(distinct.right());
        OperatorBinding binding = TypeCoercion.resolveBinary(BinaryOperation.Operator.EQUAL, left.type(), right.type());
        BoundExpression castLeft = cast(left, binding.leftCastTo());
        BoundExpression castRight = cast(right, binding.rightCastTo());
        boolean negated = distinct.negated();
        return new CallExpression(negated ? "(%s IS NOT DISTINCT FROM %s)" : "(%s IS DISTINCT FROM %s)", SqlType.BOOLEAN,
                List.of(castLeft, castRight), (values, unused) -> {
                    boolean same;
                    if (values[0] == null || values[1] == null) {
                        same = values[0] == values[1];
                    } else {
                        same = binding.apply(values[0], values[1]) == Boolean.TRUE;
                    }
                    return same == negated;
                }, false, false);
    }

    private BoundExpression bindBetween(Between between) {
        BoundExpression operand = bind(between.operand());
        BoundExpression low = bind(between.low());
        BoundExpression high = bind(between.high());
        BoundExpression result = new LogicalExpression(true,
                binary(BinaryOperation.Operator.GREATER_OR_EQUAL, operand, low),
                binary(BinaryOperation.Operator.LESS_OR_EQUAL, operand, high));
        if (between.symmetric()) {
            result = new LogicalExpression(false, result, new LogicalExpression(true,
                    binary(BinaryOperation.Operator.GREATER_OR_EQUAL, operand, high),
                    binary(BinaryOperation.Operator.LESS_OR_EQUAL, operand, low)));
        }
        return between.negated() ? not(result) : result;
    }

    private BoundExpression bindInList(InList inList) {
        BoundExpression operand = bind(inList.operand());
        List<BoundExpression> values = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        types.add(operand.type());
        for (Expression value : inList.values()) {
            BoundExpression bound = bind(value);
            values.add(bound);
            types.add(bound.type());
        }
        SqlType common;
        try {
            common = TypeCoercion.commonType(types, "IN");
        } catch (DoSqlException mismatch) {
            // Fall back to pairwise operators (e.g. text IN (1, 2) is still an error there).
            BoundExpression result = null;
            for (BoundExpression value : values) {
                BoundExpression equal = binary(BinaryOperation.Operator.EQUAL, operand, value);
                result = result == null ? equal : new LogicalExpression(false, result, equal);
            }
            return inList.negated() ? not(result) : result;
        }
        List<BoundExpression> castValues = new ArrayList<>();
        for (BoundExpression value : values) {
            castValues.add(cast(value, common));
        }
        return new InListExpression(cast(operand, common), castValues, inList.negated());
    }

    private BoundExpression bindLike(Like like) {
        BoundExpression operand = cast(bind(like.operand()), SqlType.TEXT);
        BoundExpression pattern = cast(bind(like.pattern()), SqlType.TEXT);
        BoundExpression escape = like.escape() == null ? null : cast(bind(like.escape()), SqlType.TEXT);
        boolean insensitive = like.caseInsensitive();
        boolean negated = like.negated();
        String text = "(%s " + (negated ? "!" : "") + (insensitive ? "~~* " : "~~ ") + "%s)";
        List<BoundExpression> arguments = new ArrayList<>(List.of(operand, pattern));
        if (escape != null) {
            arguments.add(escape);
            text = text.substring(0, text.length() - 1) + " ESCAPE %s)";
        }
        LikeMatcher constant = null;
        if (pattern instanceof Literal literal && literal.value() != null
                && (escape == null || escape instanceof Literal)) {
            Object escapeValue = escape == null ? null : ((Literal) escape).value();
            constant = LikeMatcher.compile((String) literal.value(), (String) escapeValue, insensitive);
        }
        LikeMatcher matcher = constant;
        return new CallExpression(text, SqlType.BOOLEAN, arguments, (values, unused) -> {
            LikeMatcher active = matcher != null ? matcher : LikeMatcher.compile((String) values[1],
                    values.length > 2 ? (String) values[2] : null, insensitive);
            return active.matches((String) values[0]) != negated;
        }, true, false);
    }

    private BoundExpression bindCase(CaseExpression caseExpression) {
        BoundExpression operand = caseExpression.operand() == null ? null : bind(caseExpression.operand());
        List<BoundExpression> conditions = new ArrayList<>();
        List<BoundExpression> results = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        for (WhenClause clause : caseExpression.whenClauses()) {
            BoundExpression condition;
            if (operand == null) {
                condition = requireBoolean(bind(clause.condition()), "CASE");
            } else {
                condition = binary(BinaryOperation.Operator.EQUAL, operand, bind(clause.condition()));
            }
            conditions.add(condition);
            BoundExpression result = bind(clause.result());
            results.add(result);
            types.add(result.type());
        }
        BoundExpression elseResult = caseExpression.elseResult() == null ? Literal.NULL : bind(caseExpression.elseResult());
        types.add(elseResult.type());
        SqlType common = TypeCoercion.commonType(types, "CASE");
        List<BoundExpression> castResults = new ArrayList<>();
        for (BoundExpression result : results) {
            castResults.add(cast(result, common));
        }
        return new CaseWhenExpression(common, conditions, castResults, cast(elseResult, common));
    }

    /** A numeric constant as PostgreSQL keeps it: never a negative scale ({@code 1e10} has scale 0, not -10). */
    private static BigDecimal numericLiteral(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private BoundExpression bindFunction(FunctionCall call) {
        String name = call.name().name();
        if (call.window() != null) {
            if (windows == null) {
                throw new DoSqlException(ErrorCode.WINDOWING_ERROR, "window functions are not allowed here")
                        .withPosition(call.position());
            }
            return windows.bind(call, this);
        }
        if (name.equals("grouping") && call.name().schema() == null) {
            if (aggregates == null) {
                throw new DoSqlException(ErrorCode.GROUPING_ERROR, "grouping operations are not allowed here")
                        .withPosition(call.position());
            }
            ExpressionBinder inner = new ExpressionBinder(context, scope, null, null);
            List<BoundExpression> arguments = new ArrayList<>();
            for (Expression argument : call.arguments()) {
                arguments.add(inner.bind(argument));
            }
            return new io.dosql.engine.expression.GroupingExpression(arguments);
        }
        if (context.functions().isAggregate(name)) {
            return bindAggregate(call);
        }
        if (SelectListSetFunctions.isSetReturning(call)
                || call.name().parts().size() == 1 && io.dosql.engine.value.JsonSetFunction.lookup(name) != null) {
            // Only a whole select-list item is supported (rewritten into FROM before binding).
            throw new DoSqlException(ErrorCode.FEATURE_NOT_SUPPORTED, "set-returning function " + name
                    + "() in this position is not supported (use it in FROM)").withPosition(call.position());
        }
        if (name.equals("row_to_json")) {
            return bindRowToJson(call);
        }
        List<BoundExpression> arguments = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            arguments.add(bind(argument));
        }
        switch (name) {
            case "coalesce":
                return new CoalesceExpression(commonTypeOf(arguments, "COALESCE"), castAll(arguments, "COALESCE"));
            case "greatest", "least": {
                SqlType type = commonTypeOf(arguments, name.toUpperCase());
                boolean greatest = name.equals("greatest");
                return new CallExpression(name + "(" + placeholders(arguments.size()) + ")", type,
                        castAll(arguments, name.toUpperCase()), (values, unused) -> {
                            Object best = null;
                            for (Object value : values) {
                                if (value != null && (best == null || (Values.compare(value, best) > 0) == greatest
                                        && Values.compare(value, best) != 0)) {
                                    best = value;
                                }
                            }
                            return best;
                        }, false, false);
            }
            case "nullif": {
                if (arguments.size() != 2) {
                    break;
                }
                BoundExpression equal = binary(BinaryOperation.Operator.EQUAL, arguments.get(0), arguments.get(1));
                BoundExpression first = arguments.get(0);
                SqlType type = first.type().kind() == TypeKind.UNKNOWN ? SqlType.TEXT : first.type();
                return new CallExpression("NULLIF(%s, %s)", type, List.of(cast(first, type), equal),
                        (values, unused) -> values[1] == Boolean.TRUE ? null : values[0], false, false);
            }
            default:
                break;
        }
        List<SqlType> types = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            types.add(argument.type());
        }
        ScalarFunctionBinding binding;
        try {
            binding = context.functions().resolveScalar(name, types);
        } catch (DoSqlException failure) {
            throw failure.withPosition(call.position());
        }
        List<BoundExpression> castArguments = new ArrayList<>();
        for (int index = 0; index < arguments.size(); index++) {
            castArguments.add(cast(arguments.get(index), binding.parameterTypes().get(index)));
        }
        return new CallExpression(name + "(" + placeholders(castArguments.size()) + ")", binding.returnType(),
                castArguments, binding::invoke, binding.strict(), binding.volatile_());
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "%s"));
    }

    private SqlType commonTypeOf(List<BoundExpression> arguments, String construct) {
        List<SqlType> types = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            types.add(argument.type());
        }
        return TypeCoercion.commonType(types, construct);
    }

    private List<BoundExpression> castAll(List<BoundExpression> arguments, String construct) {
        SqlType type = commonTypeOf(arguments, construct);
        List<BoundExpression> result = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            result.add(cast(argument, type));
        }
        return result;
    }

    /**
     * {@code row_to_json(alias)}: the FROM item's whole row as a json object {@code {"a":1,"b":"x"}}
     * (PostgreSQL's spelling for a row: no spaces). DoSQL has no row values, so only a FROM item's alias
     * is accepted.
     */
    private BoundExpression bindRowToJson(FunctionCall call) {
        if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof ColumnReference reference)
                || reference.parts().size() != 1 || !scope.hasTable(reference.name())) {
            throw new DoSqlException(ErrorCode.FEATURE_NOT_SUPPORTED,
                    "row_to_json is supported over a FROM item's alias only").withPosition(call.position());
        }
        String alias = reference.name();
        List<String> names = new ArrayList<>();
        List<BoundExpression> columns = new ArrayList<>();
        for (Scope level = scope; level != null && names.isEmpty(); level = level.parent()) {
            for (Scope.Entry entry : level.entries()) {
                if (alias.equals(entry.tableAlias()) && !entry.name().startsWith("$")) {
                    names.add(entry.name());
                    columns.add(bindColumn(new ColumnReference(List.of(alias, entry.name()), reference.position())));
                }
            }
        }
        List<String> keys = List.copyOf(names);
        return new CallExpression("row_to_json(" + alias + ")", SqlType.JSON, columns, (values, unused) -> {
            StringBuilder out = new StringBuilder("{");
            for (int index = 0; index < values.length; index++) {
                out.append(index == 0 ? "" : ",");
                io.dosql.engine.value.JsonFormat.appendString(keys.get(index), out);
                out.append(':');
                io.dosql.engine.value.JsonFormat.appendValue(values[index], out);
            }
            return new io.dosql.core.Json(out.append('}').toString());
        }, false, false);
    }

    private BoundExpression bindAggregate(FunctionCall call) {
        if (aggregates == null) {
            throw new DoSqlException(ErrorCode.GROUPING_ERROR, "aggregate functions are not allowed here")
                    .withPosition(call.position());
        }
        ExpressionBinder inner = new ExpressionBinder(context, scope, null, null);
        List<BoundExpression> arguments = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        List<Expression> argumentExpressions = call.arguments();
        if (io.dosql.engine.function.FunctionRegistry.isOrderedSetAggregate(call.name().name())) {
            // percentile_cont(f) WITHIN GROUP (ORDER BY x): x is the aggregated value, passed last
            if (call.orderBy().isEmpty()) {
                List<SqlType> shown = new ArrayList<>();
                for (Expression argument : call.arguments()) {
                    shown.add(inner.bind(argument).type());
                }
                throw io.dosql.engine.function.FunctionRegistry.undefinedFunction(call.name().name(), shown)
                        .withPosition(call.position());
            }
            argumentExpressions = new ArrayList<>(call.arguments());
            for (io.dosql.parser.ast.OrderItem item : call.orderBy()) {
                argumentExpressions.add(item.expression());
            }
        }
        if (!call.star()) {
            for (Expression argument : argumentExpressions) {
                BoundExpression bound = inner.bind(argument);
                arguments.add(bound);
                types.add(bound.type());
            }
        }
        AggregateFunctionBinding binding;
        try {
            binding = context.functions().resolveAggregate(call.name().name(), types);
        } catch (DoSqlException failure) {
            throw failure.withPosition(call.position());
        }
        List<BoundExpression> castArguments = new ArrayList<>();
        for (int index = 0; index < arguments.size(); index++) {
            castArguments.add(inner.cast(arguments.get(index), binding.parameterTypes().get(index)));
        }
        BoundExpression filter = call.filter() == null ? null : inner.bindCondition(call.filter(), "FILTER");
        List<io.dosql.engine.execution.SortKey> orderBy = new ArrayList<>();
        for (io.dosql.parser.ast.OrderItem item : call.orderBy()) {
            if (call.distinct() && !isArgument(item.expression(), call.arguments())) {
                // With DISTINCT the inputs are deduplicated on the arguments alone, so other keys are ambiguous.
                throw new DoSqlException(ErrorCode.INVALID_COLUMN_REFERENCE,
                        "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
                        .withPosition(call.position());
            }
            BoundExpression key = inner.bind(item.expression());
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : !item.ascending();
            orderBy.add(new io.dosql.engine.execution.SortKey(key, item.ascending(), nullsFirst));
        }
        return aggregates.add(new AggregateCall(binding, castArguments, call.distinct(), filter, orderBy));
    }

    /** True when {@code expression} is (textually) one of {@code arguments}; positions do not count. */
    private static boolean isArgument(Expression expression, List<Expression> arguments) {
        String text = io.dosql.parser.SqlPrinter.print(expression);
        for (Expression argument : arguments) {
            if (io.dosql.parser.SqlPrinter.print(argument).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Binds a subquery; {@code requiredColumns} 1 checks it returns exactly one column (-1: any). */
    private BoundQuery bindSubquery(Query query, int requiredColumns) {
        BoundQuery bound = new QueryBinder(context).bindQuery(query, scope);
        if (requiredColumns > 0 && bound.columns().size() != requiredColumns) {
            throw ErrorCode.SYNTAX_ERROR.exception("subquery must return only one column");
        }
        return bound;
    }

    private BoundExpression bindQuantified(BinaryOperation.Operator operator, boolean any, Expression left, Query query) {
        BoundExpression operand = bind(left);
        BoundQuery bound = bindSubquery(query, 1);
        SqlType valueType = bound.columns().get(0).type();
        BoundExpression pairLeft = new ColumnRef(0, operand.type(), "$left");
        BoundExpression pairRight = new ColumnRef(1, valueType, "$right");
        BoundExpression comparison = binary(operator, pairLeft, pairRight);
        TypeKind leftKind = operand.type().kind();
        TypeKind rightKind = valueType.kind();
        boolean hashable = operator == BinaryOperation.Operator.EQUAL
                && (leftKind.isInteger() && rightKind.isInteger() || leftKind == rightKind && leftKind != TypeKind.UNKNOWN
                && leftKind != TypeKind.CHAR);
        return new SubqueryExpression(any ? SubqueryExpression.Kind.ANY : SubqueryExpression.Kind.ALL, bound.plan(),
                operand, comparison, hashable, bound.correlated(), SqlType.BOOLEAN);
    }

    BindingContext context() {
        return context;
    }
}
