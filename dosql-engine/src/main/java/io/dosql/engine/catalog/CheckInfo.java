package io.dosql.engine.catalog;

import io.dosql.parser.ast.Expression;

/** A CHECK constraint; the condition is bound against the table's columns when a statement runs. */
public record CheckInfo(String name, Expression condition) {
}
