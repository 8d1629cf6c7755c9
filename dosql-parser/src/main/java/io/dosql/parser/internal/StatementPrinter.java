package io.dosql.parser.internal;

import io.dosql.parser.ast.Assignment;
import io.dosql.parser.ast.DefaultValuesSource;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.MergeStatement;
import io.dosql.parser.ast.MergeWhenClause;
import io.dosql.parser.ast.OnConflictClause;
import io.dosql.parser.ast.QuerySource;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.SelectStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.UpdateStatement;
import io.dosql.parser.ast.ValuesSource;
import io.dosql.parser.ast.WithClause;
import java.util.List;

/** Writes statements back as SQL the parser reads to the same tree (DML here, DDL and utilities in {@link DdlPrinter}). */
final class StatementPrinter {
    private final SqlPrinterContext context;
    private final DdlPrinter ddl;

    StatementPrinter(SqlPrinterContext context) {
        this.context = context;
        this.ddl = new DdlPrinter(context);
    }

    void print(Statement statement, StringBuilder out) {
        if (statement instanceof SelectStatement) {
            context.queries.print(((SelectStatement) statement).query(), out);
        } else if (statement instanceof InsertStatement) {
            printInsert((InsertStatement) statement, out);
        } else if (statement instanceof UpdateStatement) {
            printUpdate((UpdateStatement) statement, out);
        } else if (statement instanceof DeleteStatement) {
            printDelete((DeleteStatement) statement, out);
        } else if (statement instanceof MergeStatement) {
            printMerge((MergeStatement) statement, out);
        } else {
            ddl.print(statement, out);
        }
    }

    private void printInsert(InsertStatement insert, StringBuilder out) {
        printWith(insert.with(), out);
        switch (insert.conflictResolution()) {
            case NONE:
                out.append("INSERT INTO ");
                break;
            default:
                out.append("INSERT OR ").append(insert.conflictResolution().name()).append(" INTO ");
                break;
        }
        ExpressionPrinter.appendNames(insert.table().parts(), out);
        if (insert.alias() != null) {
            out.append(" AS ");
            ExpressionPrinter.appendIdentifier(insert.alias(), out);
        }
        QueryPrinter.printNameList(insert.columns(), out);
        if (insert.overriding() != InsertStatement.Overriding.NONE) {
            out.append(insert.overriding() == InsertStatement.Overriding.SYSTEM_VALUE
                    ? " OVERRIDING SYSTEM VALUE" : " OVERRIDING USER VALUE");
        }
        if (insert.source() instanceof DefaultValuesSource) {
            out.append(" DEFAULT VALUES");
        } else if (insert.source() instanceof ValuesSource) {
            out.append(" VALUES ");
            context.queries.printRows(((ValuesSource) insert.source()).rows(), out);
        } else {
            out.append(' ');
            context.queries.print(((QuerySource) insert.source()).query(), out);
        }
        if (insert.onConflict() != null) {
            printOnConflict(insert.onConflict(), out);
        }
        printReturning(insert.returning(), out);
    }

    private void printWith(WithClause with, StringBuilder out) {
        if (with != null) {
            context.queries.printWith(with, out);
            out.append(' ');
        }
    }

    private void printOnConflict(OnConflictClause onConflict, StringBuilder out) {
        out.append(" ON CONFLICT");
        if (onConflict.constraintName() != null) {
            out.append(" ON CONSTRAINT ");
            ExpressionPrinter.appendIdentifier(onConflict.constraintName(), out);
        } else {
            QueryPrinter.printNameList(onConflict.targetColumns(), out);
        }
        if (onConflict.action() == OnConflictClause.Action.DO_NOTHING) {
            out.append(" DO NOTHING");
            return;
        }
        out.append(" DO UPDATE SET ");
        printAssignments(onConflict.assignments(), out);
        if (onConflict.where() != null) {
            out.append(" WHERE ");
            context.expressions.print(onConflict.where(), out);
        }
    }

    private void printAssignments(List<Assignment> assignments, StringBuilder out) {
        for (int i = 0; i < assignments.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            ExpressionPrinter.appendIdentifier(assignments.get(i).column(), out);
            out.append(" = ");
            context.expressions.print(assignments.get(i).value(), out);
        }
    }

    private void printReturning(List<SelectItem> returning, StringBuilder out) {
        if (!returning.isEmpty()) {
            out.append(" RETURNING ");
            context.queries.printSelectItems(returning, out);
        }
    }

    private void printUpdate(UpdateStatement update, StringBuilder out) {
        printWith(update.with(), out);
        out.append("UPDATE ");
        ExpressionPrinter.appendNames(update.table().parts(), out);
        if (update.alias() != null) {
            out.append(" AS ");
            ExpressionPrinter.appendIdentifier(update.alias(), out);
        }
        out.append(" SET ");
        printAssignments(update.assignments(), out);
        if (!update.from().isEmpty()) {
            out.append(" FROM ");
            context.queries.printFromList(update.from(), out);
        }
        if (update.where() != null) {
            out.append(" WHERE ");
            context.expressions.print(update.where(), out);
        }
        printReturning(update.returning(), out);
    }

    private void printMerge(MergeStatement merge, StringBuilder out) {
        out.append("MERGE INTO ");
        ExpressionPrinter.appendNames(merge.table().parts(), out);
        if (merge.alias() != null) {
            out.append(" AS ");
            ExpressionPrinter.appendIdentifier(merge.alias(), out);
        }
        out.append(" USING ");
        context.queries.printFromList(List.of(merge.source()), out);
        out.append(" ON ");
        context.expressions.print(merge.condition(), out);
        for (MergeWhenClause clause : merge.clauses()) {
            out.append(clause.matched() ? " WHEN MATCHED" : " WHEN NOT MATCHED");
            if (clause.condition() != null) {
                out.append(" AND ");
                context.expressions.print(clause.condition(), out);
            }
            out.append(" THEN ");
            switch (clause.action()) {
                case UPDATE:
                    out.append("UPDATE SET ");
                    printAssignments(clause.assignments(), out);
                    break;
                case DELETE:
                    out.append("DELETE");
                    break;
                case DO_NOTHING:
                    out.append("DO NOTHING");
                    break;
                default:
                    out.append("INSERT");
                    QueryPrinter.printNameList(clause.insertColumns(), out);
                    if (clause.insertValues() == null) {
                        out.append(" DEFAULT VALUES");
                    } else {
                        out.append(" VALUES ");
                        context.queries.printRows(List.of(clause.insertValues()), out);
                    }
                    break;
            }
        }
    }

    private void printDelete(DeleteStatement delete, StringBuilder out) {
        printWith(delete.with(), out);
        out.append("DELETE FROM ");
        ExpressionPrinter.appendNames(delete.table().parts(), out);
        if (delete.alias() != null) {
            out.append(" AS ");
            ExpressionPrinter.appendIdentifier(delete.alias(), out);
        }
        if (!delete.using().isEmpty()) {
            out.append(" USING ");
            context.queries.printFromList(delete.using(), out);
        }
        if (delete.where() != null) {
            out.append(" WHERE ");
            context.expressions.print(delete.where(), out);
        }
        printReturning(delete.returning(), out);
    }
}
