package io.dosql.parser.internal;

import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.Statement;

/** Entry point of the printers for {@link io.dosql.parser.SqlPrinter}. */
public final class SqlWriter {
    private SqlWriter() {
    }

    public static String statement(Statement statement) {
        StringBuilder out = new StringBuilder(128);
        new SqlPrinterContext().statements.print(statement, out);
        return out.toString();
    }

    public static String query(Query query) {
        StringBuilder out = new StringBuilder(128);
        new SqlPrinterContext().queries.print(query, out);
        return out.toString();
    }

    public static String expression(Expression expression) {
        StringBuilder out = new StringBuilder(64);
        new SqlPrinterContext().expressions.print(expression, out);
        return out.toString();
    }
}
