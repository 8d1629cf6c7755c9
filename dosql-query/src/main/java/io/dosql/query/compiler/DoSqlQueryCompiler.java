package io.dosql.query.compiler;

import io.dosql.query.dialect.DialectAdapter;

/** DoSQL speaks PostgreSQL's dialect; this compiler differs only by its adapter (its name in errors). */
public final class DoSqlQueryCompiler extends PostgresQueryCompiler {
    public DoSqlQueryCompiler() {
        super(DialectAdapter.DOSQL);
    }
}
