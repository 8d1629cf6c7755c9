package io.dosql.parser.ast;

/** Where INSERT takes its rows from. */
public sealed interface InsertSource extends Node
        permits DefaultValuesSource, QuerySource, ValuesSource {
}
