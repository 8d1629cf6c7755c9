package io.dosql.query;

import io.dosql.query.builder.AliasedSubquery;
import io.dosql.query.builder.MergeQueryBuilder;
import io.dosql.query.dialect.DoSql;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.expression.Field;
import io.dosql.query.expression.Table;
import io.dosql.query.node.MergeQueryNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.WithNode;
import java.util.List;

/** A DoSQL database (embedded or server): PostgreSQL's dialect, so the same features as {@link PostgresDb}. */
public final class DoSqlDb extends ReturningDb<DoSql, DoSqlDb> {

    DoSqlDb(QueryExecutor executor) {
        this(executor, null);
    }

    private DoSqlDb(QueryExecutor executor, WithNode pendingWith) {
        super(executor, pendingWith);
    }

    @Override
    protected DoSqlDb copy(QueryExecutor newExecutor, WithNode newWith) {
        return new DoSqlDb(newExecutor, newWith);
    }

    /** {@code merge into "target" using "source" on <condition> …}. */
    public MergeQueryBuilder<DoSql> mergeInto(String target, String source, Field<Boolean> on) {
        return merge(TableNode.parse(target), TableNode.parse(source), on);
    }

    /** {@code merge into "target" using "source" on <condition> …} for typed tables. */
    public MergeQueryBuilder<DoSql> mergeInto(Table<?> target, Table<?> source, Field<Boolean> on) {
        return merge(target.toOperationNode(), source.toOperationNode(), on);
    }

    /** {@code merge into "target" using (select …) as "s" on <condition> …}. */
    public MergeQueryBuilder<DoSql> mergeInto(Table<?> target, AliasedSubquery source, Field<Boolean> on) {
        return merge(target.toOperationNode(), source.toOperationNode(), on);
    }

    private MergeQueryBuilder<DoSql> merge(TableNode target, TableSourceNode source, Field<Boolean> on) {
        return new MergeQueryBuilder<>(executor,
            new MergeQueryNode(pendingWith, target, source, on.toOperationNode(), List.of()));
    }
}
