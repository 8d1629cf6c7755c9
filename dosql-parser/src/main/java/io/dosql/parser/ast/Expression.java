package io.dosql.parser.ast;

/** A scalar value expression. */
public sealed interface Expression extends Node
        permits ArrayConstructor, Between, BinaryOperation, BooleanLiteral, CaseExpression, Cast, CollateExpression, ColumnReference, DecimalLiteral, DefaultValue, Exists, FunctionCall, GroupingSets, InList, InSubquery, IntegerLiteral, IsBoolean, IsDistinctFrom, IsNull, Like, NullLiteral, Parameter, QuantifiedComparison, RowConstructor, ScalarSubquery, StringLiteral, TypedLiteral, UnaryOperation {
}
