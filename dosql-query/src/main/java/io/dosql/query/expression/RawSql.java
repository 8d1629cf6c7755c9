package io.dosql.query.expression;

import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.RawNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SQL template such as {@code sql("select * from {0} where id = {1}", identifier("person"), value(42))}:
 * {@code {n}} marks the n-th argument; a {@link Field} argument is compiled as its node (identifiers are
 * quoted, values bound), any other object is bound as a parameter. No argument is ever spliced as text.
 */
public record RawSql(RawNode node) implements Field<Object> {
    public RawSql {
        Objects.requireNonNull(node, "node is null");
    }

    /** Parses the template; each {@code {n}} must name an existing argument. */
    public static RawSql parse(String template, Object... arguments) {
        Objects.requireNonNull(template, "template is null");
        List<String> fragments = new ArrayList<>();
        List<ExpressionNode> nodes = new ArrayList<>();
        StringBuilder fragment = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                if (index >= arguments.length) {
                    throw new IllegalArgumentException("template refers to {" + index + "} but has "
                        + arguments.length + " arguments");
                }
                fragments.add(fragment.toString());
                fragment.setLength(0);
                nodes.add(Expressions.node(arguments[index]));
                i = close + 1;
            } else {
                fragment.append(c);
                i++;
            }
        }
        fragments.add(fragment.toString());
        return new RawSql(new RawNode(fragments, nodes));
    }

    @Override
    public ExpressionNode toOperationNode() {
        return node;
    }

    /** The same expression with a declared Java type. */
    public <T> Field<T> typed(Class<T> type) {
        return new ExpressionField<>(node);
    }
}
