package io.dosql.parser.internal;

import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.CommonTableExpression;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.FunctionTable;
import io.dosql.parser.ast.JoinedTable;
import io.dosql.parser.ast.LockingClause;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.NamedWindow;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.QueryBody;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.SetOperation;
import io.dosql.parser.ast.SubqueryTable;
import io.dosql.parser.ast.TableReference;
import io.dosql.parser.ast.ValuesBody;
import io.dosql.parser.ast.WithClause;
import java.util.List;

/** Writes queries, their bodies and FROM items back as SQL the parser reads to the same tree. */
final class QueryPrinter {
    private final SqlPrinterContext context;

    QueryPrinter(SqlPrinterContext context) {
        this.context = context;
    }

    void print(Query query, StringBuilder out) {
        if (query.with() != null) {
            printWith(query.with(), out);
            out.append(' ');
        }
        printBody(query.body(), out);
        if (!query.orderBy().isEmpty()) {
            out.append(" ORDER BY ");
            context.expressions.printOrderItems(query.orderBy(), out);
        }
        if (query.limit() != null) {
            out.append(" LIMIT ");
            context.expressions.print(query.limit(), out);
        }
        if (query.offset() != null) {
            out.append(" OFFSET ");
            context.expressions.print(query.offset(), out);
        }
        if (query.locking() != null) {
            printLocking(query.locking(), out);
        }
    }

    void printWith(WithClause with, StringBuilder out) {
        out.append(with.recursive() ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < with.tables().size(); i++) {
            CommonTableExpression table = with.tables().get(i);
            out.append(i == 0 ? "" : ", ");
            ExpressionPrinter.appendIdentifier(table.name(), out);
            printNameList(table.columnNames(), out);
            out.append(" AS (");
            print(table.query(), out);
            out.append(')');
        }
    }

    private void printLocking(LockingClause locking, StringBuilder out) {
        out.append(" FOR ").append(locking.strength().name().replace('_', ' '));
        if (!locking.tables().isEmpty()) {
            out.append(" OF ");
            printQualifiedNames(locking.tables(), out);
        }
        if (locking.waitPolicy() != LockingClause.WaitPolicy.WAIT) {
            out.append(' ').append(locking.waitPolicy().name().replace('_', ' '));
        }
    }

    void printBody(QueryBody body, StringBuilder out) {
        if (body instanceof SelectCore) {
            printSelectCore((SelectCore) body, out);
        } else if (body instanceof SetOperation) {
            SetOperation operation = (SetOperation) body;
            printBody(operation.left(), out);
            out.append(' ').append(operation.operator().name()).append(operation.all() ? " ALL " : " ");
            printBody(operation.right(), out);
        } else if (body instanceof ValuesBody) {
            out.append("VALUES ");
            printRows(((ValuesBody) body).rows(), out);
        } else if (body instanceof Query) {
            out.append('(');
            print((Query) body, out);
            out.append(')');
        } else {
            throw new IllegalStateException("no printer for " + body.getClass().getSimpleName());
        }
    }

    void printRows(List<List<Expression>> rows, StringBuilder out) {
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "(" : ", (");
            context.expressions.printList(rows.get(i), out);
            out.append(')');
        }
    }

    private void printSelectCore(SelectCore select, StringBuilder out) {
        out.append("SELECT");
        if (!select.distinctOn().isEmpty()) {
            out.append(" DISTINCT ON (");
            context.expressions.printList(select.distinctOn(), out);
            out.append(')');
        } else if (select.distinct()) {
            out.append(" DISTINCT");
        }
        if (!select.items().isEmpty()) {
            out.append(' ');
            printSelectItems(select.items(), out);
        }
        if (!select.from().isEmpty()) {
            out.append(" FROM ");
            printFromList(select.from(), out);
        }
        if (select.where() != null) {
            out.append(" WHERE ");
            context.expressions.print(select.where(), out);
        }
        if (!select.groupBy().isEmpty()) {
            out.append(" GROUP BY ");
            context.expressions.printList(select.groupBy(), out);
        }
        if (select.having() != null) {
            out.append(" HAVING ");
            context.expressions.print(select.having(), out);
        }
        for (int i = 0; i < select.windows().size(); i++) {
            NamedWindow window = select.windows().get(i);
            out.append(i == 0 ? " WINDOW " : ", ");
            ExpressionPrinter.appendIdentifier(window.name(), out);
            out.append(" AS ");
            StringBuilder specification = new StringBuilder();
            context.expressions.printWindow(window.specification(), specification);
            out.append(specification.charAt(0) == '(' ? specification : "(" + specification + ")");
        }
    }

    void printSelectItems(List<SelectItem> items, StringBuilder out) {
        for (int i = 0; i < items.size(); i++) {
            SelectItem item = items.get(i);
            out.append(i == 0 ? "" : ", ");
            if (item instanceof AllColumns) {
                QualifiedName qualifier = ((AllColumns) item).qualifier();
                if (qualifier != null) {
                    ExpressionPrinter.appendNames(qualifier.parts(), out);
                    out.append('.');
                }
                out.append('*');
            } else {
                ExpressionItem expressionItem = (ExpressionItem) item;
                context.expressions.print(expressionItem.expression(), out);
                if (expressionItem.alias() != null) {
                    out.append(" AS ");
                    ExpressionPrinter.appendIdentifier(expressionItem.alias(), out);
                }
            }
        }
    }

    void printFromList(List<TableReference> references, StringBuilder out) {
        for (int i = 0; i < references.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            printTableReference(references.get(i), out);
        }
    }

    private void printTableReference(TableReference reference, StringBuilder out) {
        if (reference instanceof NamedTable) {
            NamedTable table = (NamedTable) reference;
            ExpressionPrinter.appendNames(table.name().parts(), out);
            printAlias(table.alias(), table.columnAliases(), out);
        } else if (reference instanceof SubqueryTable) {
            SubqueryTable subquery = (SubqueryTable) reference;
            out.append(subquery.lateral() ? "LATERAL (" : "(");
            print(subquery.query(), out);
            out.append(')');
            printAlias(subquery.alias(), subquery.columnAliases(), out);
        } else if (reference instanceof FunctionTable) {
            FunctionTable function = (FunctionTable) reference;
            out.append(function.lateral() ? "LATERAL " : "");
            context.expressions.print(function.function(), out);
            printAlias(function.alias(), function.columnAliases(), out);
        } else if (reference instanceof JoinedTable) {
            printJoin((JoinedTable) reference, out);
        } else {
            throw new IllegalStateException("no printer for " + reference.getClass().getSimpleName());
        }
    }

    private void printJoin(JoinedTable join, StringBuilder out) {
        printTableReference(join.left(), out);
        out.append(join.natural() ? " NATURAL " : " ");
        out.append(join.type() == JoinedTable.JoinType.INNER ? "" : join.type().name() + " ").append("JOIN ");
        if (join.right() instanceof JoinedTable) {
            out.append('(');
            printTableReference(join.right(), out);
            out.append(')');
        } else {
            printTableReference(join.right(), out);
        }
        if (join.condition() != null) {
            out.append(" ON ");
            context.expressions.print(join.condition(), out);
        } else if (!join.usingColumns().isEmpty()) {
            out.append(" USING");
            printNameList(join.usingColumns(), out);
        } else if (join.type() != JoinedTable.JoinType.CROSS && !join.natural()) {
            out.append(" ON TRUE");
        }
    }

    private void printAlias(String alias, List<String> columns, StringBuilder out) {
        if (alias != null) {
            out.append(" AS ");
            ExpressionPrinter.appendIdentifier(alias, out);
            printNameList(columns, out);
        }
    }

    /** {@code (a, b)} with a leading space, or nothing for an empty list. */
    static void printNameList(List<String> names, StringBuilder out) {
        if (names.isEmpty()) {
            return;
        }
        out.append(" (");
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            ExpressionPrinter.appendIdentifier(names.get(i), out);
        }
        out.append(')');
    }

    static void printQualifiedNames(List<QualifiedName> names, StringBuilder out) {
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            ExpressionPrinter.appendNames(names.get(i).parts(), out);
        }
    }
}
