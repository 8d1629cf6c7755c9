package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/** A searched CASE: the first WHEN condition that is TRUE picks its result; else the ELSE (or NULL). */
public final class CaseWhenExpression extends BoundExpression {
    private final SqlType type;
    private final List<BoundExpression> conditions;
    private final List<BoundExpression> results;
    private final BoundExpression elseResult;

    public CaseWhenExpression(SqlType type, List<BoundExpression> conditions, List<BoundExpression> results,
                              BoundExpression elseResult) {
        this.type = type;
        this.conditions = List.copyOf(conditions);
        this.results = List.copyOf(results);
        this.elseResult = elseResult;
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        for (int index = 0; index < conditions.size(); index++) {
            if (conditions.get(index).evaluate(row, context) == Boolean.TRUE) {
                return results.get(index).evaluate(row, context);
            }
        }
        return elseResult.evaluate(row, context);
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("CASE");
        for (int index = 0; index < conditions.size(); index++) {
            text.append(" WHEN ").append(conditions.get(index).describe()).append(" THEN ")
                    .append(results.get(index).describe());
        }
        return text.append(" ELSE ").append(elseResult.describe()).append(" END").toString();
    }

    @Override
    public List<BoundExpression> children() {
        List<BoundExpression> all = new ArrayList<>(conditions);
        all.addAll(results);
        all.add(elseResult);
        return all;
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        int count = conditions.size();
        return new CaseWhenExpression(type, children.subList(0, count), children.subList(count, 2 * count),
                children.get(2 * count));
    }
}
