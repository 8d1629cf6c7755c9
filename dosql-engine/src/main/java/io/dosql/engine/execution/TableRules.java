package io.dosql.engine.execution;

import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.expression.BoundExpression;
import java.util.List;

/**
 * The parts of a table's definition a change must evaluate, bound for execution by the plan's binder
 * (once per plan and table): its CHECK constraints, and its column defaults (ON DELETE / ON UPDATE SET
 * DEFAULT of a referencing table).
 */
public interface TableRules {
    /** Rules of a table without CHECK constraints or defaults to evaluate (DDL's own rewrites). */
    TableRules NONE = new TableRules() {
        @Override
        public List<BoundExpression> checks(TableInfo table) {
            return List.of();
        }

        @Override
        public BoundExpression defaultOf(TableInfo table, int column) {
            return null;
        }
    };

    List<BoundExpression> checks(TableInfo table);

    /** The default of {@code table}'s column, cast to the column's type; null when it has none (NULL). */
    BoundExpression defaultOf(TableInfo table, int column);
}
