package io.dosql.engine.execution;

import io.dosql.engine.catalog.Catalog;

/** The session services a running statement may use: the catalog and the undo log of its transaction. */
public interface StatementEnvironment {
    Catalog schemaCatalog();

    /** Records how to undo a change just made, for statement atomicity, ROLLBACK and savepoints. */
    void recordUndo(Runnable undo);

    /**
     * The newest undo action when it was recorded after the newest rollback mark (so extending it keeps
     * every mark exact), else null: consecutive inserts share one action instead of one each.
     */
    default Runnable newestUndoSinceMark() {
        return null;
    }

    /** Session setting value (SHOW), or null. */
    String setting(String name);

    void setSetting(String name, String value);

    /** Lets other sessions' statements run if some wait (between rows; every store cursor tolerates it). */
    default void yieldToOthers() {
    }

    /** The session's sequence operations (nextval, currval, setval, lastval). */
    default io.dosql.engine.function.Sequences sequences() {
        throw io.dosql.core.ErrorCode.FEATURE_NOT_SUPPORTED.exception("sequence functions here");
    }

    /** Creates the stores of new tables and indexes (in-memory unless the database is durable). */
    default io.dosql.engine.storage.StoreFactory storeFactory() {
        return io.dosql.engine.storage.StoreFactory.MEMORY;
    }
}
