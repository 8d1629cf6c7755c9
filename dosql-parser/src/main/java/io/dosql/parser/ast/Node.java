package io.dosql.parser.ast;

/** Any node of the parsed SQL tree. Nodes are immutable records validated on construction. */
public sealed interface Node
        permits AlterTableAction, Assignment, ColumnConstraint, ColumnDefinition, CommonTableExpression, Expression, FrameBound, InsertSource, LockingClause, MergeWhenClause, NamedWindow, OnConflictClause, OrderItem, QualifiedName, QueryBody, SelectItem, SequenceOption, Statement, TableConstraint, TableReference, TypeName, WhenClause, WindowFrame, WindowSpecification, WithClause {
}
