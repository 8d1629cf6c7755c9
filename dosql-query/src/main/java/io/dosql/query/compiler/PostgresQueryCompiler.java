package io.dosql.query.compiler;

import io.dosql.query.dialect.DialectAdapter;

/** PostgreSQL: the default compiler's output is already PostgreSQL's dialect. */
public class PostgresQueryCompiler extends DefaultQueryCompiler {
    public PostgresQueryCompiler() {
        super(DialectAdapter.POSTGRES);
    }

    protected PostgresQueryCompiler(DialectAdapter adapter) {
        super(adapter);
    }
}
