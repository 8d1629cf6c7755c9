package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code CASE [operand] WHEN … THEN … [ELSE …] END}; {@code operand} null for a searched CASE, {@code elseResult} null when absent. */
public record CaseExpression(Expression operand, List<WhenClause> whenClauses, Expression elseResult) implements Expression {
    public CaseExpression {
        whenClauses = List.copyOf(Objects.requireNonNull(whenClauses, "whenClauses is null"));
    }
}
