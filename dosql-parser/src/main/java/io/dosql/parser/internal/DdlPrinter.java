package io.dosql.parser.internal;

import io.dosql.parser.ast.AddColumn;
import io.dosql.parser.ast.AddConstraint;
import io.dosql.parser.ast.AlterColumn;
import io.dosql.parser.ast.AlterTableAction;
import io.dosql.parser.ast.AlterSequenceStatement;
import io.dosql.parser.ast.AlterTableStatement;
import io.dosql.parser.ast.AnalyzeStatement;
import io.dosql.parser.ast.CheckColumnConstraint;
import io.dosql.parser.ast.CheckConstraint;
import io.dosql.parser.ast.ColumnConstraint;
import io.dosql.parser.ast.ColumnDefinition;
import io.dosql.parser.ast.CreateIndexStatement;
import io.dosql.parser.ast.CreateSchemaStatement;
import io.dosql.parser.ast.CreateSequenceStatement;
import io.dosql.parser.ast.CreateTableStatement;
import io.dosql.parser.ast.CreateTriggerStatement;
import io.dosql.parser.ast.CreateViewStatement;
import io.dosql.parser.ast.DefaultColumnConstraint;
import io.dosql.parser.ast.DropColumn;
import io.dosql.parser.ast.DropConstraint;
import io.dosql.parser.ast.DropStatement;
import io.dosql.parser.ast.ExplainStatement;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ForeignKeyConstraint;
import io.dosql.parser.ast.IdentityColumnConstraint;
import io.dosql.parser.ast.NotNullConstraint;
import io.dosql.parser.ast.NullConstraint;
import io.dosql.parser.ast.PragmaStatement;
import io.dosql.parser.ast.PrimaryKeyColumnConstraint;
import io.dosql.parser.ast.PrimaryKeyConstraint;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.ReferencesColumnConstraint;
import io.dosql.parser.ast.ReferentialAction;
import io.dosql.parser.ast.ReindexStatement;
import io.dosql.parser.ast.RenameColumn;
import io.dosql.parser.ast.RenameTable;
import io.dosql.parser.ast.ResetStatement;
import io.dosql.parser.ast.SequenceOption;
import io.dosql.parser.ast.SetStatement;
import io.dosql.parser.ast.ShowStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.TableConstraint;
import io.dosql.parser.ast.TransactionStatement;
import io.dosql.parser.ast.TruncateStatement;
import io.dosql.parser.ast.UnaryOperation;
import io.dosql.parser.ast.UniqueColumnConstraint;
import io.dosql.parser.ast.UniqueConstraint;
import io.dosql.parser.ast.VacuumStatement;

/** Writes DDL, transaction and utility statements back as SQL the parser reads to the same tree. */
final class DdlPrinter {
    private final SqlPrinterContext context;

    DdlPrinter(SqlPrinterContext context) {
        this.context = context;
    }

    void print(Statement statement, StringBuilder out) {
        if (statement instanceof CreateTableStatement) {
            printCreateTable((CreateTableStatement) statement, out);
        } else if (statement instanceof CreateIndexStatement) {
            printCreateIndex((CreateIndexStatement) statement, out);
        } else if (statement instanceof CreateViewStatement) {
            CreateViewStatement view = (CreateViewStatement) statement;
            out.append(view.orReplace() ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ").append(view.ifNotExists() ? "IF NOT EXISTS " : "");
            name(view.name(), out);
            QueryPrinter.printNameList(view.columnNames(), out);
            out.append(" AS ");
            context.queries.print(view.query(), out);
        } else if (statement instanceof CreateSchemaStatement) {
            CreateSchemaStatement schema = (CreateSchemaStatement) statement;
            out.append("CREATE SCHEMA ").append(schema.ifNotExists() ? "IF NOT EXISTS " : "");
            ExpressionPrinter.appendIdentifier(schema.name(), out);
        } else if (statement instanceof CreateTriggerStatement) {
            printCreateTrigger((CreateTriggerStatement) statement, out);
        } else if (statement instanceof DropStatement) {
            DropStatement drop = (DropStatement) statement;
            out.append("DROP ").append(drop.kind().name()).append(drop.ifExists() ? " IF EXISTS " : " ");
            QueryPrinter.printQualifiedNames(drop.names(), out);
            out.append(drop.cascade() ? " CASCADE" : "");
        } else if (statement instanceof AlterTableStatement) {
            printAlterTable((AlterTableStatement) statement, out);
        } else if (statement instanceof CreateSequenceStatement create) {
            out.append("CREATE SEQUENCE ").append(create.ifNotExists() ? "IF NOT EXISTS " : "");
            name(create.name(), out);
            printSequenceOptions(create.options(), out);
        } else if (statement instanceof AlterSequenceStatement alter) {
            out.append("ALTER SEQUENCE ").append(alter.ifExists() ? "IF EXISTS " : "");
            name(alter.name(), out);
            printSequenceOptions(alter.options(), out);
        } else {
            printUtility(statement, out);
        }
    }

    private void printSequenceOptions(java.util.List<SequenceOption> options, StringBuilder out) {
        for (SequenceOption option : options) {
            out.append(' ');
            switch (option.kind()) {
                case AS -> {
                    out.append("AS ");
                    context.expressions.printType(option.type(), out);
                }
                case OWNED_BY -> {
                    out.append("OWNED BY ");
                    name(option.owner(), out);
                }
                case OWNED_BY_NONE -> out.append("OWNED BY NONE");
                default -> {
                    out.append(option.kind().name().replace('_', ' '));
                    if (option.value() != null) {
                        out.append(option.kind() == SequenceOption.Kind.RESTART ? " WITH " : " ").append(option.value());
                    }
                }
            }
        }
    }

    private void name(QualifiedName name, StringBuilder out) {
        ExpressionPrinter.appendNames(name.parts(), out);
    }

    private void printCreateTable(CreateTableStatement create, StringBuilder out) {
        out.append(create.temporary() ? "CREATE TEMP TABLE " : "CREATE TABLE ").append(create.ifNotExists() ? "IF NOT EXISTS " : "");
        name(create.name(), out);
        if (create.asQuery() != null) {
            QueryPrinter.printNameList(create.columns().stream().map(ColumnDefinition::name).toList(), out);
            out.append(" AS ");
            context.queries.print(create.asQuery(), out);
            return;
        }
        out.append(" (");
        String separator = "";
        for (ColumnDefinition column : create.columns()) {
            out.append(separator);
            printColumn(column, out);
            separator = ", ";
        }
        for (TableConstraint constraint : create.constraints()) {
            out.append(separator);
            printTableConstraint(constraint, out);
            separator = ", ";
        }
        out.append(')');
    }

    private void printColumn(ColumnDefinition column, StringBuilder out) {
        ExpressionPrinter.appendIdentifier(column.name(), out);
        if (column.type() != null) {
            out.append(' ');
            context.expressions.printType(column.type(), out);
        }
        for (ColumnConstraint constraint : column.constraints()) {
            out.append(' ');
            printColumnConstraint(constraint, out);
        }
    }

    private void constraintName(String name, StringBuilder out) {
        if (name != null) {
            out.append("CONSTRAINT ");
            ExpressionPrinter.appendIdentifier(name, out);
            out.append(' ');
        }
    }

    private void printColumnConstraint(ColumnConstraint constraint, StringBuilder out) {
        if (constraint instanceof NotNullConstraint) {
            constraintName(((NotNullConstraint) constraint).name(), out);
            out.append("NOT NULL");
        } else if (constraint instanceof NullConstraint) {
            constraintName(((NullConstraint) constraint).name(), out);
            out.append("NULL");
        } else if (constraint instanceof PrimaryKeyColumnConstraint) {
            PrimaryKeyColumnConstraint primaryKey = (PrimaryKeyColumnConstraint) constraint;
            constraintName(primaryKey.name(), out);
            out.append(primaryKey.autoincrement() ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
        } else if (constraint instanceof UniqueColumnConstraint) {
            constraintName(((UniqueColumnConstraint) constraint).name(), out);
            out.append("UNIQUE");
        } else if (constraint instanceof CheckColumnConstraint) {
            constraintName(((CheckColumnConstraint) constraint).name(), out);
            out.append("CHECK (");
            context.expressions.print(((CheckColumnConstraint) constraint).condition(), out);
            out.append(')');
        } else if (constraint instanceof DefaultColumnConstraint) {
            constraintName(((DefaultColumnConstraint) constraint).name(), out);
            out.append("DEFAULT ");
            context.expressions.print(((DefaultColumnConstraint) constraint).value(), out);
        } else if (constraint instanceof ReferencesColumnConstraint) {
            ReferencesColumnConstraint references = (ReferencesColumnConstraint) constraint;
            constraintName(references.name(), out);
            out.append("REFERENCES ");
            name(references.table(), out);
            QueryPrinter.printNameList(references.columns(), out);
            printActions(references.onDelete(), references.onUpdate(), out);
        } else if (constraint instanceof IdentityColumnConstraint) {
            IdentityColumnConstraint identity = (IdentityColumnConstraint) constraint;
            constraintName(identity.name(), out);
            out.append(identity.always() ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY");
        } else {
            throw new IllegalStateException("no printer for " + constraint.getClass().getSimpleName());
        }
    }

    private static void printActions(ReferentialAction onDelete, ReferentialAction onUpdate, StringBuilder out) {
        if (onDelete != ReferentialAction.NO_ACTION) {
            out.append(" ON DELETE ").append(onDelete.name().replace('_', ' '));
        }
        if (onUpdate != ReferentialAction.NO_ACTION) {
            out.append(" ON UPDATE ").append(onUpdate.name().replace('_', ' '));
        }
    }

    private void printTableConstraint(TableConstraint constraint, StringBuilder out) {
        if (constraint instanceof PrimaryKeyConstraint) {
            constraintName(((PrimaryKeyConstraint) constraint).name(), out);
            out.append("PRIMARY KEY");
            QueryPrinter.printNameList(((PrimaryKeyConstraint) constraint).columns(), out);
        } else if (constraint instanceof UniqueConstraint) {
            constraintName(((UniqueConstraint) constraint).name(), out);
            out.append("UNIQUE");
            QueryPrinter.printNameList(((UniqueConstraint) constraint).columns(), out);
        } else if (constraint instanceof CheckConstraint) {
            constraintName(((CheckConstraint) constraint).name(), out);
            out.append("CHECK (");
            context.expressions.print(((CheckConstraint) constraint).condition(), out);
            out.append(')');
        } else if (constraint instanceof ForeignKeyConstraint) {
            ForeignKeyConstraint foreignKey = (ForeignKeyConstraint) constraint;
            constraintName(foreignKey.name(), out);
            out.append("FOREIGN KEY");
            QueryPrinter.printNameList(foreignKey.columns(), out);
            out.append(" REFERENCES ");
            name(foreignKey.referencedTable(), out);
            QueryPrinter.printNameList(foreignKey.referencedColumns(), out);
            printActions(foreignKey.onDelete(), foreignKey.onUpdate(), out);
        } else {
            throw new IllegalStateException("no printer for " + constraint.getClass().getSimpleName());
        }
    }

    private void printCreateIndex(CreateIndexStatement index, StringBuilder out) {
        out.append(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ").append(index.ifNotExists() ? "IF NOT EXISTS " : "");
        if (index.name() != null) {
            ExpressionPrinter.appendIdentifier(index.name(), out);
            out.append(' ');
        }
        out.append("ON ");
        name(index.table(), out);
        out.append(" (");
        context.expressions.printOrderItems(index.columns(), out);
        out.append(')');
        if (index.where() != null) {
            out.append(" WHERE ");
            context.expressions.print(index.where(), out);
        }
    }

    private void printCreateTrigger(CreateTriggerStatement trigger, StringBuilder out) {
        out.append("CREATE TRIGGER ").append(trigger.ifNotExists() ? "IF NOT EXISTS " : "");
        ExpressionPrinter.appendIdentifier(trigger.name(), out);
        out.append(' ').append(trigger.timing().name().replace('_', ' ')).append(' ').append(trigger.event().name());
        if (!trigger.updateColumns().isEmpty()) {
            out.append(" OF ");
            for (int i = 0; i < trigger.updateColumns().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                ExpressionPrinter.appendIdentifier(trigger.updateColumns().get(i), out);
            }
        }
        out.append(" ON ");
        name(trigger.table(), out);
        out.append(trigger.forEachRow() ? " FOR EACH ROW" : "");
        if (trigger.when() != null) {
            out.append(" WHEN ");
            context.expressions.print(trigger.when(), out);
        }
        out.append(" BEGIN ");
        for (Statement statement : trigger.body()) {
            context.statements.print(statement, out);
            out.append("; ");
        }
        out.append("END");
    }

    private void printAlterTable(AlterTableStatement alter, StringBuilder out) {
        out.append("ALTER TABLE ").append(alter.ifExists() ? "IF EXISTS " : "");
        name(alter.name(), out);
        for (int i = 0; i < alter.actions().size(); i++) {
            out.append(i == 0 ? " " : ", ");
            printAlterAction(alter.actions().get(i), out);
        }
    }

    private void printAlterAction(AlterTableAction action, StringBuilder out) {
        if (action instanceof AddColumn) {
            out.append(((AddColumn) action).ifNotExists() ? "ADD COLUMN IF NOT EXISTS " : "ADD COLUMN ");
            printColumn(((AddColumn) action).column(), out);
        } else if (action instanceof AddConstraint) {
            out.append("ADD ");
            printTableConstraint(((AddConstraint) action).constraint(), out);
        } else if (action instanceof DropColumn) {
            DropColumn drop = (DropColumn) action;
            out.append(drop.ifExists() ? "DROP COLUMN IF EXISTS " : "DROP COLUMN ");
            ExpressionPrinter.appendIdentifier(drop.column(), out);
            out.append(drop.cascade() ? " CASCADE" : "");
        } else if (action instanceof DropConstraint) {
            out.append(((DropConstraint) action).ifExists() ? "DROP CONSTRAINT IF EXISTS " : "DROP CONSTRAINT ");
            ExpressionPrinter.appendIdentifier(((DropConstraint) action).name(), out);
        } else if (action instanceof RenameColumn) {
            out.append("RENAME COLUMN ");
            ExpressionPrinter.appendIdentifier(((RenameColumn) action).oldName(), out);
            out.append(" TO ");
            ExpressionPrinter.appendIdentifier(((RenameColumn) action).newName(), out);
        } else if (action instanceof RenameTable) {
            out.append("RENAME TO ");
            ExpressionPrinter.appendIdentifier(((RenameTable) action).newName(), out);
        } else if (action instanceof AlterColumn) {
            AlterColumn alter = (AlterColumn) action;
            out.append("ALTER COLUMN ");
            ExpressionPrinter.appendIdentifier(alter.column(), out);
            switch (alter.change()) {
                case SET_DEFAULT:
                    out.append(" SET DEFAULT ");
                    context.expressions.print(alter.defaultValue(), out);
                    break;
                case DROP_DEFAULT:
                    out.append(" DROP DEFAULT");
                    break;
                case SET_NOT_NULL:
                    out.append(" SET NOT NULL");
                    break;
                case DROP_NOT_NULL:
                    out.append(" DROP NOT NULL");
                    break;
                default:
                    out.append(" TYPE ");
                    context.expressions.printType(alter.type(), out);
                    break;
            }
        } else {
            throw new IllegalStateException("no printer for " + action.getClass().getSimpleName());
        }
    }

    private void printUtility(Statement statement, StringBuilder out) {
        if (statement instanceof TransactionStatement) {
            printTransaction((TransactionStatement) statement, out);
        } else if (statement instanceof SetStatement) {
            SetStatement set = (SetStatement) statement;
            out.append(set.local() ? "SET LOCAL " : "SET ").append(set.name()).append(" TO ");
            if (set.values().isEmpty()) {
                out.append("DEFAULT");
            }
            for (int i = 0; i < set.values().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                printSettingValue(set.values().get(i), out);
            }
        } else if (statement instanceof ShowStatement) {
            out.append("SHOW ").append(((ShowStatement) statement).name());
        } else if (statement instanceof ResetStatement) {
            out.append("RESET ").append(((ResetStatement) statement).name());
        } else if (statement instanceof ExplainStatement) {
            ExplainStatement explain = (ExplainStatement) statement;
            out.append("EXPLAIN ").append(explain.analyze() ? "ANALYZE " : "").append(explain.verbose() ? "VERBOSE " : "");
            context.statements.print(explain.statement(), out);
        } else if (statement instanceof AnalyzeStatement) {
            optionalName("ANALYZE", ((AnalyzeStatement) statement).table(), out);
        } else if (statement instanceof ReindexStatement) {
            optionalName("REINDEX", ((ReindexStatement) statement).name(), out);
        } else if (statement instanceof VacuumStatement) {
            optionalName("VACUUM", ((VacuumStatement) statement).table(), out);
        } else if (statement instanceof TruncateStatement) {
            out.append("TRUNCATE TABLE ");
            QueryPrinter.printQualifiedNames(((TruncateStatement) statement).tables(), out);
            if (((TruncateStatement) statement).restartIdentity()) {
                out.append(" RESTART IDENTITY");
            }
        } else if (statement instanceof io.dosql.parser.ast.CommentStatement comment) {
            out.append("COMMENT ON ").append(comment.kind().name()).append(' ');
            ExpressionPrinter.appendNames(comment.name().parts(), out);
            if (comment.column() != null) {
                out.append('.');
                ExpressionPrinter.appendIdentifier(comment.column(), out);
            }
            out.append(" IS ");
            if (comment.comment() == null) {
                out.append("NULL");
            } else {
                ExpressionPrinter.appendString(comment.comment(), out);
            }
        } else if (statement instanceof PragmaStatement) {
            PragmaStatement pragma = (PragmaStatement) statement;
            out.append("PRAGMA ").append(pragma.name());
            if (pragma.value() != null) {
                out.append(" = ");
                printSettingValue(pragma.value(), out);
            }
        } else {
            throw new IllegalStateException("no printer for " + statement.getClass().getSimpleName());
        }
    }

    private void optionalName(String keyword, QualifiedName name, StringBuilder out) {
        out.append(keyword);
        if (name != null) {
            out.append(' ');
            name(name, out);
        }
    }

    /** SET and PRAGMA values are literals or signed numbers, written without the expression parentheses. */
    private void printSettingValue(Expression value, StringBuilder out) {
        if (value instanceof UnaryOperation) {
            out.append('-');
            context.expressions.print(((UnaryOperation) value).operand(), out);
        } else {
            context.expressions.print(value, out);
        }
    }

    private void printTransaction(TransactionStatement transaction, StringBuilder out) {
        switch (transaction.kind()) {
            case BEGIN:
                out.append("BEGIN");
                printTransactionModes(transaction, out);
                break;
            case SET_TRANSACTION:
                out.append("SET TRANSACTION");
                printTransactionModes(transaction, out);
                break;
            case COMMIT:
                out.append("COMMIT");
                break;
            case ROLLBACK:
                out.append("ROLLBACK");
                break;
            case SAVEPOINT:
                out.append("SAVEPOINT ");
                ExpressionPrinter.appendIdentifier(transaction.savepoint(), out);
                break;
            case RELEASE_SAVEPOINT:
                out.append("RELEASE SAVEPOINT ");
                ExpressionPrinter.appendIdentifier(transaction.savepoint(), out);
                break;
            default:
                out.append("ROLLBACK TO SAVEPOINT ");
                ExpressionPrinter.appendIdentifier(transaction.savepoint(), out);
                break;
        }
    }

    private static void printTransactionModes(TransactionStatement transaction, StringBuilder out) {
        if (transaction.isolationLevel() != null) {
            out.append(" ISOLATION LEVEL ").append(transaction.isolationLevel().name().replace('_', ' '));
        }
        if (transaction.readOnly() != null) {
            out.append(transaction.readOnly() ? " READ ONLY" : " READ WRITE");
        }
    }
}
