package io.dosql.parser.ast;

/** What a query computes before its ORDER BY/LIMIT: a SELECT core, a set operation, VALUES, or a parenthesised query. */
public sealed interface QueryBody extends Node
        permits Query, SelectCore, SetOperation, ValuesBody {
}
