package io.dosql.query.builder;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Expressions;
import io.dosql.query.expression.Field;
import io.dosql.query.node.AliasNode;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.ParseCache;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UnaryOperator;
import io.dosql.query.node.ValueListNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns the string-based API's arguments ({@code "person.name as n"}, {@code ">"}) into nodes. */
final class Nodes {
    private Nodes() {
    }

    private static final ParseCache<ExpressionNode> SELECTIONS = new ParseCache<>(Nodes::parseSelection);
    private static final ParseCache<ExpressionNode> REFERENCES = new ParseCache<>(Nodes::parseReference);

    /**
     * {@code "col"}, {@code "t.col"}, {@code "t.*"}, {@code "*"}, each optionally {@code "… as alias"}
     * (remembered by text: the nodes are immutable).
     */
    static ExpressionNode selection(String text) {
        return SELECTIONS.get(text);
    }

    private static ExpressionNode parseSelection(String text) {
        String trimmed = text.trim();
        int as = TableNode.indexOfAs(trimmed);
        if (as > 0) {
            return new AliasNode(reference(trimmed.substring(0, as).trim()), trimmed.substring(as + 4).trim());
        }
        return reference(trimmed);
    }

    /** {@code "col"}, {@code "t.col"}, {@code "t.*"} or {@code "*"} (remembered by text). */
    static ExpressionNode reference(String text) {
        return REFERENCES.get(text);
    }

    private static ExpressionNode parseReference(String text) {
        if (text.equals("*")) {
            return new AllColumnsNode(null);
        }
        if (text.endsWith(".*")) {
            return new AllColumnsNode(text.substring(0, text.length() - 2));
        }
        return ColumnNode.parse(text);
    }

    static List<ExpressionNode> selections(String... texts) {
        ExpressionNode[] nodes = new ExpressionNode[texts.length];
        for (int i = 0; i < texts.length; i++) {
            nodes[i] = selection(texts[i]);
        }
        return List.of(nodes);
    }

    static List<ExpressionNode> references(String... texts) {
        List<ExpressionNode> nodes = new ArrayList<>(texts.length);
        for (String text : texts) {
            nodes.add(reference(text));
        }
        return nodes;
    }

    static List<ExpressionNode> fields(Field<?>... fields) {
        ExpressionNode[] nodes = new ExpressionNode[fields.length];
        for (int i = 0; i < fields.length; i++) {
            nodes[i] = fields[i].toOperationNode();
        }
        return List.of(nodes);
    }

    static List<String> columnNames(Column<?>... columns) {
        List<String> names = new ArrayList<>(columns.length);
        for (Column<?> column : columns) {
            names.add(column.name());
        }
        return names;
    }

    /** {@code column op value}: IN takes a collection, {@code is null} a null, anything else is bound. */
    static ExpressionNode comparison(String column, String operator, Object value) {
        BinaryOperator parsed = BinaryOperator.parse(operator);
        ExpressionNode left = reference(column);
        if (value == null && (parsed == BinaryOperator.IS || parsed == BinaryOperator.EQUAL)) {
            return new UnaryOperationNode(UnaryOperator.IS_NULL, left);
        }
        if (value == null && (parsed == BinaryOperator.IS_NOT || parsed == BinaryOperator.NOT_EQUAL)) {
            return new UnaryOperationNode(UnaryOperator.IS_NOT_NULL, left);
        }
        if ((parsed == BinaryOperator.IN || parsed == BinaryOperator.NOT_IN) && value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("IN needs at least one value");
            }
            List<ExpressionNode> nodes = new ArrayList<>(values.size());
            for (Object element : values) {
                nodes.add(Expressions.node(element));
            }
            return new BinaryOperationNode(left, parsed, new ValueListNode(nodes));
        }
        return new BinaryOperationNode(left, parsed, Expressions.node(value));
    }

    /** {@code left op right} between two column references. */
    static ExpressionNode referenceComparison(String left, String operator, String right) {
        return new BinaryOperationNode(reference(left), BinaryOperator.parse(operator), reference(right));
    }

    static ExpressionNode or(ExpressionNode existing, ExpressionNode condition) {
        return existing == null ? condition : new BinaryOperationNode(existing, BinaryOperator.OR, condition);
    }
}
