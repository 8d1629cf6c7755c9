package io.dosql.engine.catalog;

import io.dosql.core.SqlType;
import io.dosql.parser.ast.Expression;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A table column: name, type, nullability, default (as AST, bound per statement) and, for identity
 * and serial columns, the sequence that feeds it.
 */
public final class ColumnInfo {
    public String name;
    public final SqlType type;
    public boolean notNull;
    public Expression defaultExpression;
    public String defaultText;
    /** Non-null for identity/serial columns. */
    public final AtomicLong identity;
    public final boolean identityAlways;
    /** COMMENT ON COLUMN (null: none). */
    public String comment;

    public ColumnInfo(String name, SqlType type, boolean notNull, Expression defaultExpression, String defaultText,
                      AtomicLong identity, boolean identityAlways) {
        this.name = name;
        this.type = type;
        this.notNull = notNull;
        this.defaultExpression = defaultExpression;
        this.defaultText = defaultText;
        this.identity = identity;
        this.identityAlways = identityAlways;
    }
}
