package io.dosql.wal;

import java.util.function.Consumer;

/** A reader's claim on the log from an LSN on: retention keeps those segments until it is closed. */
public final class WalHold implements AutoCloseable {
    private final long fromLsn;
    private final Consumer<WalHold> release;

    WalHold(long fromLsn, Consumer<WalHold> release) {
        this.fromLsn = fromLsn;
        this.release = release;
    }

    public long fromLsn() {
        return fromLsn;
    }

    @Override
    public void close() {
        release.accept(this);
    }
}
