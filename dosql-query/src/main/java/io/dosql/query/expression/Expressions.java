package io.dosql.query.expression;

import io.dosql.query.node.AliasNode;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.ExcludedColumnNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.IdentifierNode;
import io.dosql.query.node.JsonArrayNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.SubqueryNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UnaryOperator;
import io.dosql.query.node.ValueNode;
import io.dosql.query.node.WhenNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression builder: static factories for values, references, operators, functions, CASE, window
 * functions and raw SQL templates. Use with {@code import static io.dosql.query.expression.Expressions.*}.
 */
public final class Expressions {
    private Expressions() {
    }

    /** Turns a builder argument into a node: a Field stays itself, anything else is a bound value. */
    public static ExpressionNode node(Object value) {
        // the common bound values first (final classes, so never a Field): exact class checks, where the
        // interface checks below scan supertypes
        if (value instanceof Long || value instanceof Integer || value instanceof String || value instanceof Boolean) {
            return new ValueNode(value);
        }
        if (value instanceof Field<?> field) {
            return field.toOperationNode();
        }
        if (value instanceof Subquery<?> subquery) {
            return new SubqueryNode(subquery.toSelectNode());
        }
        return new ValueNode(value);
    }

    /** A bound parameter {@code ?}. */
    public static <T> Field<T> value(T value) {
        return new ExpressionField<>(new ValueNode(value));
    }

    /** A named parameter for prepared queries: {@code ?}, bound by name at each execution. */
    public static <T> Field<T> param(String name, Class<T> type) {
        return new ExpressionField<>(new ValueNode(new Parameter(name)));
    }

    /** An untyped column reference {@code "table"."column"} parsed from {@code "table.column"}. */
    public static Field<Object> column(String reference) {
        return new ExpressionField<>(ColumnNode.parse(reference));
    }

    /** A typed column reference for ad-hoc queries without generated tables. */
    public static <T> Field<T> column(String reference, Class<T> type) {
        return new ExpressionField<>(ColumnNode.parse(reference));
    }

    /** A name quoted by the dialect: {@code "person"} or {@code `person`}; dots separate parts. */
    public static Field<Object> identifier(String name) {
        return new ExpressionField<>(new IdentifierNode(name));
    }

    /** {@code *}. */
    public static Field<Object> asterisk() {
        return new ExpressionField<>(new AllColumnsNode(null));
    }

    /** A raw SQL template; see {@link RawSql}. */
    public static RawSql sql(String template, Object... arguments) {
        return RawSql.parse(template, arguments);
    }

    /** {@code a and b and …}. */
    @SafeVarargs
    public static Condition and(Field<Boolean>... conditions) {
        return combine(BinaryOperator.AND, conditions);
    }

    /** {@code a or b or …}. */
    @SafeVarargs
    public static Condition or(Field<Boolean>... conditions) {
        return combine(BinaryOperator.OR, conditions);
    }

    private static Condition combine(BinaryOperator operator, Field<Boolean>[] conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException(operator.sql() + " needs at least one condition");
        }
        ExpressionNode result = conditions[0].toOperationNode();
        for (int i = 1; i < conditions.length; i++) {
            result = new BinaryOperationNode(result, operator, conditions[i].toOperationNode());
        }
        return new Condition(result);
    }

    /** {@code not (condition)}. */
    public static Condition not(Field<Boolean> condition) {
        return new Condition(new UnaryOperationNode(UnaryOperator.NOT, condition.toOperationNode()));
    }

    /** {@code exists (select …)}. */
    public static Condition exists(Subquery<?> subquery) {
        return new Condition(new UnaryOperationNode(UnaryOperator.EXISTS, new SubqueryNode(subquery.toSelectNode())));
    }

    /** {@code not exists (select …)}. */
    public static Condition notExists(Subquery<?> subquery) {
        return new Condition(
            new UnaryOperationNode(UnaryOperator.NOT_EXISTS, new SubqueryNode(subquery.toSelectNode())));
    }

    /** A scalar subquery {@code (select …)} typed as {@code type}. */
    public static <T> Field<T> scalar(Subquery<?> subquery, Class<T> type) {
        return new ExpressionField<>(new SubqueryNode(subquery.toSelectNode()));
    }

    /** {@code case when condition then ? …}. */
    public static <T> CaseBuilder<T> caseWhen(Field<Boolean> condition, T result) {
        return caseWhen(condition, value(result));
    }

    /** {@code case when condition then result …}. */
    public static <T> CaseBuilder<T> caseWhen(Field<Boolean> condition, Field<T> result) {
        return new CaseBuilder<>(List.of(new WhenNode(condition.toOperationNode(), result.toOperationNode())));
    }

    /** The value an upsert tried to insert: {@code excluded."c"} or MySQL {@code values(`c`)}. */
    public static <T> Field<T> excluded(Column<T> column) {
        return new ExpressionField<>(new ExcludedColumnNode(column.name()));
    }

    /** Untyped {@link #excluded(Column)}. */
    public static Field<Object> excluded(String column) {
        return new ExpressionField<>(new ExcludedColumnNode(column));
    }

    /**
     * A nested collection: the subquery's rows as one typed {@code List<R>} column (PostgreSQL
     * {@code json_agg(json_build_object(…))}, MySQL {@code json_arrayagg(json_object(…))}, SQLite
     * {@code json_group_array(json_object(…))}), decoded into records with java.time types, not strings.
     * Every selected expression of the subquery must be a column or aliased.
     */
    public static <R> Field<List<R>> jsonArrayFrom(Subquery<?> subquery, Class<R> recordType) {
        SelectQueryNode query = subquery.toSelectNode();
        if (query.selections().isEmpty()) {
            throw new IllegalArgumentException("select the columns of a nested collection explicitly");
        }
        List<String> keys = new ArrayList<>();
        for (ExpressionNode selection : query.selections()) {
            if (selection instanceof AliasNode alias) {
                keys.add(alias.alias());
            } else if (selection instanceof ColumnNode column) {
                keys.add(column.column());
            } else {
                throw new IllegalArgumentException("alias each expression selected by a nested collection");
            }
        }
        return new ExpressionField<>(new JsonArrayNode(query, keys));
    }

    // ---- functions ---------------------------------------------------------------------------------

    /** A call of any function: {@code name(arguments)}; the name is validated, arguments bound or compiled. */
    public static <T> FunctionField<T> fn(String name, Class<T> type, Object... arguments) {
        List<ExpressionNode> nodes = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            nodes.add(node(argument));
        }
        return new FunctionField<>(new FunctionNode(name, nodes, false));
    }

    /** Untyped {@link #fn(String, Class, Object...)}. */
    public static FunctionField<Object> fn(String name, Object... arguments) {
        return fn(name, Object.class, arguments);
    }

    /** {@code count(*)}. */
    public static FunctionField<Long> count() {
        return new FunctionField<>(new FunctionNode("count", List.of(new AllColumnsNode(null)), false));
    }

    /** {@code count(field)}. */
    public static FunctionField<Long> count(Field<?> field) {
        return fn("count", Long.class, field);
    }

    /** {@code count(distinct field)}. */
    public static FunctionField<Long> countDistinct(Field<?> field) {
        return new FunctionField<>(new FunctionNode("count", List.of(field.toOperationNode()), true));
    }

    /** {@code sum(field)}; the database chooses the result type (bigint or numeric), hence Number. */
    public static FunctionField<Number> sum(Field<? extends Number> field) {
        return fn("sum", Number.class, field);
    }

    /** {@code avg(field)}. */
    public static FunctionField<Number> avg(Field<? extends Number> field) {
        return fn("avg", Number.class, field);
    }

    /** {@code min(field)}. */
    public static <T> FunctionField<T> min(Field<T> field) {
        return new FunctionField<>(new FunctionNode("min", List.of(field.toOperationNode()), false));
    }

    /** {@code max(field)}. */
    public static <T> FunctionField<T> max(Field<T> field) {
        return new FunctionField<>(new FunctionNode("max", List.of(field.toOperationNode()), false));
    }

    /** {@code coalesce(field, ?)}. */
    public static <T> FunctionField<T> coalesce(Field<T> field, T fallback) {
        return new FunctionField<>(new FunctionNode("coalesce",
            List.of(field.toOperationNode(), new ValueNode(fallback)), false));
    }

    /** {@code coalesce(first, second)}. */
    public static <T> FunctionField<T> coalesce(Field<T> first, Field<T> second) {
        return new FunctionField<>(new FunctionNode("coalesce",
            List.of(first.toOperationNode(), second.toOperationNode()), false));
    }

    /** {@code lower(field)}. */
    public static FunctionField<String> lower(Field<String> field) {
        return fn("lower", String.class, field);
    }

    /** {@code upper(field)}. */
    public static FunctionField<String> upper(Field<String> field) {
        return fn("upper", String.class, field);
    }

    /** {@code length(field)}. */
    public static FunctionField<Integer> length(Field<String> field) {
        return fn("length", Integer.class, field);
    }

    /** {@code now()} ({@code current_timestamp} on SQLite). */
    public static FunctionField<LocalDateTime> now() {
        return fn("now", LocalDateTime.class);
    }

    /** {@code row_number()}, to be used with {@code over(…)}. */
    public static FunctionField<Long> rowNumber() {
        return fn("row_number", Long.class);
    }

    /** {@code rank()}. */
    public static FunctionField<Long> rank() {
        return fn("rank", Long.class);
    }

    /** {@code dense_rank()}. */
    public static FunctionField<Long> denseRank() {
        return fn("dense_rank", Long.class);
    }

    /** {@code lag(field)}. */
    public static <T> FunctionField<T> lag(Field<T> field) {
        return new FunctionField<>(new FunctionNode("lag", List.of(field.toOperationNode()), false));
    }

    /** {@code lead(field)}. */
    public static <T> FunctionField<T> lead(Field<T> field) {
        return new FunctionField<>(new FunctionNode("lead", List.of(field.toOperationNode()), false));
    }
}
