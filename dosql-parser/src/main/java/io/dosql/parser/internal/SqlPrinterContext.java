package io.dosql.parser.internal;

/** The printers of one printing run, which reach each other through it (expressions contain queries and back). */
final class SqlPrinterContext {
    final ExpressionPrinter expressions;
    final QueryPrinter queries;
    final StatementPrinter statements;

    SqlPrinterContext() {
        this.expressions = new ExpressionPrinter(this);
        this.queries = new QueryPrinter(this);
        this.statements = new StatementPrinter(this);
    }
}
