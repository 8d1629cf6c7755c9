package io.dosql.query.plugin;

import io.dosql.query.node.AliasNode;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.ColumnUpdateNode;
import io.dosql.query.node.CommonTableExpressionNode;
import io.dosql.query.node.ExcludedColumnNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.MergeWhenNode;
import io.dosql.query.node.OnConflictNode;
import io.dosql.query.node.OperationNode;
import io.dosql.query.node.OperationNodeTransformer;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.SubqueryTableNode;
import io.dosql.query.node.TableNode;
import java.util.List;

/**
 * Lets Java code use camelCase names over snake_case schemas: names in queries are converted
 * {@code firstName → first_name}, result columns back {@code first_name → firstName}, so rows map onto
 * records with camelCase components.
 */
public final class CamelCasePlugin implements ColumnRenamingPlugin {
    private final OperationNodeTransformer toSnakeCase = new SnakeCaseTransformer();

    @Override
    public QueryNode transformQuery(QueryNode query) {
        return toSnakeCase.transformQuery(query);
    }

    /** Result columns {@code first_name → firstName}. */
    @Override
    public String renameColumn(String label) {
        return camelCase(label);
    }

    /** {@code firstName → first_name}; names already in snake_case are unchanged. */
    public static String snakeCase(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    result.append('_');
                }
                result.append(Character.toLowerCase(c));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** {@code first_name → firstName}. */
    public static String camelCase(String name) {
        StringBuilder result = new StringBuilder(name.length());
        boolean upperNext = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' && i > 0) {
                upperNext = true;
            } else {
                result.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return result.toString();
    }

    private static List<String> snakeCase(List<String> names) {
        return names.stream().map(CamelCasePlugin::snakeCase).toList();
    }

    /** Renames every identifier a query node carries. */
    private static final class SnakeCaseTransformer extends OperationNodeTransformer {
        @Override
        public OperationNode visitColumn(ColumnNode node) {
            return new ColumnNode(snakeCase(node.table()), snakeCase(node.column()));
        }

        @Override
        public OperationNode visitAllColumns(AllColumnsNode node) {
            return new AllColumnsNode(snakeCase(node.table()));
        }

        @Override
        public OperationNode visitTable(TableNode node) {
            return new TableNode(snakeCase(node.schema()), snakeCase(node.name()), snakeCase(node.alias()));
        }

        @Override
        public OperationNode visitAlias(AliasNode node) {
            return new AliasNode(expression(node.expression()), snakeCase(node.alias()));
        }

        @Override
        public OperationNode visitColumnUpdate(ColumnUpdateNode node) {
            return new ColumnUpdateNode(snakeCase(node.column()), expression(node.value()));
        }

        @Override
        public OperationNode visitExcludedColumn(ExcludedColumnNode node) {
            return new ExcludedColumnNode(snakeCase(node.column()));
        }

        @Override
        public OperationNode visitSubqueryTable(SubqueryTableNode node) {
            SubqueryTableNode visited = (SubqueryTableNode) super.visitSubqueryTable(node);
            return new SubqueryTableNode(visited.query(), snakeCase(visited.alias()));
        }

        @Override
        public OperationNode visitCommonTableExpression(CommonTableExpressionNode node) {
            return new CommonTableExpressionNode(snakeCase(node.name()), snakeCase(node.columns()),
                transformQuery(node.query()));
        }

        @Override
        public OperationNode visitInsertQuery(InsertQueryNode node) {
            InsertQueryNode visited = (InsertQueryNode) super.visitInsertQuery(node);
            return visited.select() != null
                ? visited.withSelect(snakeCase(visited.columns()), visited.select())
                : visited.withRows(snakeCase(visited.columns()), visited.rows());
        }

        @Override
        public OperationNode visitOnConflict(OnConflictNode node) {
            OnConflictNode visited = (OnConflictNode) super.visitOnConflict(node);
            return new OnConflictNode(snakeCase(visited.columns()), visited.updates(), visited.updateWhere());
        }

        @Override
        public OperationNode visitMergeWhen(MergeWhenNode node) {
            MergeWhenNode visited = (MergeWhenNode) super.visitMergeWhen(node);
            return new MergeWhenNode(visited.matched(), visited.condition(), visited.action(), visited.updates(),
                snakeCase(visited.insertColumns()), visited.insertValues());
        }
    }
}
