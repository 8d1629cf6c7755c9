package io.dosql.wal;

/** The kind of a log record; the code is the byte stored in the record header. */
public enum WalRecordType {
    /** A transaction starts; optional (the first record of a transaction id starts it). */
    BEGIN(1),
    /** An opaque change of a transaction (the engine's redo payload). */
    DATA(2),
    /** The transaction committed; it counts once this record is durable. */
    COMMIT(3),
    /** The transaction rolled back; recovery discards its records. */
    ABORT(4),
    /** State up to the LSN in the 8-byte payload is durable elsewhere (transaction id 0). */
    CHECKPOINT(5);

    private final byte code;

    WalRecordType(int code) {
        this.code = (byte) code;
    }

    public byte code() {
        return code;
    }

    /** The type for {@code code}, or {@code null} when no type has it (a corrupt record). */
    static WalRecordType fromCode(byte code) {
        for (WalRecordType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
