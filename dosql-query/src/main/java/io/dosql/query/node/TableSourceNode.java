package io.dosql.query.node;

/** Something a FROM or JOIN clause reads rows from: a named table or a derived table. */
public sealed interface TableSourceNode extends OperationNode permits TableNode, SubqueryTableNode {

    /** The name other clauses use to refer to this source (alias, else table name). */
    String referenceName();
}
