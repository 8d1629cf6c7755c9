package io.dosql.parser.ast;

/** A complete SQL statement, as produced by {@link io.dosql.parser.SqlParser}. */
public sealed interface Statement extends Node
        permits AlterSequenceStatement, AlterTableStatement, AnalyzeStatement, CommentStatement, CreateIndexStatement, CreateSchemaStatement, CreateSequenceStatement, CreateTableStatement, CreateTriggerStatement, CreateViewStatement, DeleteStatement, DropStatement, ExplainStatement, InsertStatement, MergeStatement, PragmaStatement, ReindexStatement, ResetStatement, SelectStatement, SetStatement, ShowStatement, TransactionStatement, TruncateStatement, UpdateStatement, VacuumStatement {
}
