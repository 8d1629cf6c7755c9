package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.value.ValueFormatter;
import java.util.List;

/** A constant value of a known type (UNKNOWN for an untyped string literal or NULL). */
public final class Literal extends BoundExpression {
    public static final Literal NULL = new Literal(null, SqlType.UNKNOWN);
    public static final Literal TRUE = new Literal(Boolean.TRUE, SqlType.BOOLEAN);

    private final Object value;
    private final SqlType type;

    public Literal(Object value, SqlType type) {
        this.value = value;
        this.type = type;
    }

    public Object value() {
        return value;
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        return value;
    }

    @Override
    public String describe() {
        if (value == null) {
            return "NULL";
        }
        String text = ValueFormatter.toText(value, type.kind() == TypeKind.UNKNOWN ? null : type);
        if (type.kind().isNumeric()) {
            return text;
        }
        return "'" + text.replace("'", "''") + "'::" + type.displayName();
    }

    @Override
    public List<BoundExpression> children() {
        return List.of();
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return this;
    }
}
