package io.dosql.query.plugin;

import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.OperationNode;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.UpdateQueryNode;
import io.dosql.query.node.ValueNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Row-level multi-tenancy: every SELECT, UPDATE and DELETE on a tenant table gets
 * {@code and "t"."tenant_id" = ?} (joins get it in their ON clause, so outer joins stay outer), and every
 * INSERT into one sets the column. Subqueries and CTEs are covered because the transformer recurses.
 * The tenant is read from {@code currentTenant} each time a query is compiled.
 */
public final class TenantFilterPlugin implements QueryPlugin {
    private final String column;
    private final Set<String> tenantTables;
    private final Supplier<Object> currentTenant;

    public TenantFilterPlugin(String column, Set<String> tenantTables, Supplier<Object> currentTenant) {
        this.column = Objects.requireNonNull(column, "column is null");
        this.tenantTables = Set.copyOf(tenantTables);
        this.currentTenant = Objects.requireNonNull(currentTenant, "currentTenant is null");
    }

    @Override
    public QueryNode transformQuery(QueryNode query) {
        Object tenant = Objects.requireNonNull(currentTenant.get(), "no current tenant");
        return new TenantTransformer(tenant).transformQuery(query);
    }

    private final class TenantTransformer extends RowFilterTransformer {
        private final Object tenant;

        TenantTransformer(Object tenant) {
            this.tenant = tenant;
        }

        @Override
        ExpressionNode filter(TableSourceNode source) {
            if (source instanceof TableNode table && tenantTables.contains(table.name())) {
                return new BinaryOperationNode(new ColumnNode(table.referenceName(), column), BinaryOperator.EQUAL,
                    new ValueNode(tenant));
            }
            return null;
        }

        @Override
        public OperationNode visitUpdateQuery(UpdateQueryNode node) {
            UpdateQueryNode visited = (UpdateQueryNode) super.visitUpdateQuery(node);
            ExpressionNode where = BinaryOperationNode.and(visited.where(), filter(visited.table()));
            for (TableSourceNode source : visited.from()) {
                where = BinaryOperationNode.and(where, filter(source));
            }
            return visited.withWhere(where);
        }

        @Override
        public OperationNode visitDeleteQuery(DeleteQueryNode node) {
            DeleteQueryNode visited = (DeleteQueryNode) super.visitDeleteQuery(node);
            ExpressionNode where = BinaryOperationNode.and(visited.where(), filter(visited.table()));
            for (TableSourceNode source : visited.using()) {
                where = BinaryOperationNode.and(where, filter(source));
            }
            return visited.withWhere(where);
        }

        @Override
        public OperationNode visitInsertQuery(InsertQueryNode node) {
            InsertQueryNode visited = (InsertQueryNode) super.visitInsertQuery(node);
            if (!tenantTables.contains(visited.into().name()) || visited.columns().contains(column)) {
                return visited;
            }
            List<String> columns = new ArrayList<>(visited.columns());
            columns.add(column);
            if (visited.select() != null) {
                SelectQueryNode select = visited.select().plusSelections(List.of(new ValueNode(tenant)));
                return visited.withSelect(columns, select);
            }
            List<List<ExpressionNode>> rows = new ArrayList<>();
            for (List<ExpressionNode> row : visited.rows()) {
                List<ExpressionNode> withTenant = new ArrayList<>(row);
                withTenant.add(new ValueNode(tenant));
                rows.add(withTenant);
            }
            return visited.withRows(columns, rows);
        }
    }
}
