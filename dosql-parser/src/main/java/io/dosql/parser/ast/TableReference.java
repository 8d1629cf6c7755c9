package io.dosql.parser.ast;

/** An item of a FROM clause (or UPDATE … FROM / DELETE … USING). */
public sealed interface TableReference extends Node
        permits FunctionTable, JoinedTable, NamedTable, SubqueryTable {
}
