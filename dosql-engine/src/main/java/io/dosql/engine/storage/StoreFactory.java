package io.dosql.engine.storage;

import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.storage.memory.MemoryIndexStore;
import io.dosql.engine.storage.memory.MemoryTableStore;

/**
 * Creates the stores of new tables and indexes (CREATE, TRUNCATE): in-memory ones for
 * {@code Database.inMemory()}, logged and durable ones for a database opened on a directory.
 */
public interface StoreFactory {
    /** The in-memory stores. */
    StoreFactory MEMORY = new StoreFactory() {
        @Override
        public TableStore tableStore(TableInfo table) {
            return new MemoryTableStore();
        }

        @Override
        public IndexStore indexStore(int width) {
            return new MemoryIndexStore(width);
        }
    };

    /** A new, empty store for the rows of {@code table} (whose name it may consult when it logs changes). */
    TableStore tableStore(TableInfo table);

    /** A new, empty index over key tuples of {@code width} columns. */
    IndexStore indexStore(int width);
}
