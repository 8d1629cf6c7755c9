package io.dosql.parser.ast;

/** One entry of a SELECT list or RETURNING list. */
public sealed interface SelectItem extends Node
        permits AllColumns, ExpressionItem {
}
