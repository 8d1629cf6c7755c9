package io.dosql.transaction;

/**
 * One version of a row: its values (null: the row does not exist in this version) and the transaction
 * that made it; {@code older} links to the version it replaced (null: none, the row did not exist).
 */
public final class Version {
    final Object[] row;
    final Txn creator;
    volatile Version older;

    Version(Object[] row, Txn creator, Version older) {
        this.row = row;
        this.creator = creator;
        this.older = older;
    }

    public Object[] row() {
        return row;
    }

    public Txn creator() {
        return creator;
    }

    public Version older() {
        return older;
    }
}
