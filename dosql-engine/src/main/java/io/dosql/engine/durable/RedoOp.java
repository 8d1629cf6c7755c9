package io.dosql.engine.durable;

/** The operations of the redo format; the code is the byte stored in the log (never reuse one). */
enum RedoOp {
    /** schema, name: the table the following row ops apply to. */
    TABLE(1),
    /** rowId, row: the row is stored under rowId (an insert; replay restores it at the same id). */
    PUT(2),
    /** rowId, row: the row's new values. */
    UPDATE(3),
    /** rowId. */
    DELETE(4),
    /** Every row of the table is removed. */
    CLEAR(5),
    /** search_path (count, names), SQL text, parameter values (a row): a DDL statement, re-executed on replay. */
    DDL(6),
    /** schema, table, column, value: the identity counter has handed out values up to value. */
    IDENTITY(7),
    /** schema, sequence, last value, is_called: the sequence's position (set as is on replay). */
    SEQUENCE(8);

    final byte code;

    RedoOp(int code) {
        this.code = (byte) code;
    }

    static RedoOp fromCode(int code) {
        for (RedoOp op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        return null;
    }
}
