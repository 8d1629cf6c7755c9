package io.dosql.parser.ast;

/** One action of ALTER TABLE. */
public sealed interface AlterTableAction extends Node
        permits AddColumn, AddConstraint, AlterColumn, DropColumn, DropConstraint, RenameColumn, RenameTable {
}
