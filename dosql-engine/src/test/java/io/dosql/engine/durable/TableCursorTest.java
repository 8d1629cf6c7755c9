package io.dosql.engine.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.engine.storage.TableCursor;
import io.dosql.engine.storage.TableStore;
import io.dosql.engine.storage.memory.MemoryTableStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan cursor keeps going when the rows it scans change between next() calls. */
class TableCursorTest {
    @Test
    void scanSurvivesChangesBetweenSteps() {
        TableStore store = new MemoryTableStore();
        for (int value = 0; value < 10; value++) {
            store.insert(new Object[] {value});
        }
        TableCursor cursor = store.scan(0, store.rowIdLimit());
        List<Object> seen = new ArrayList<>();
        while (cursor.next()) {
            long rowId = cursor.rowId();
            seen.add(cursor.row()[0]);
            if (rowId == 2) {
                store.delete(3);
                store.update(4, new Object[] {"four"});
                store.insert(new Object[] {"beyond the end"});
            }
            if (rowId == 5) {
                store.delete(5);
            }
        }
        assertThat(seen).containsExactly(0, 1, 2, "four", 5, 6, 7, 8, 9);
    }

    @Test
    void restoreBeyondTheLimitExtendsIt() {
        TableStore store = new MemoryTableStore();
        store.restore(40, new Object[] {"late"});
        assertThat(store.rowIdLimit()).isEqualTo(41);
        assertThat(store.rowCount()).isEqualTo(1);
        assertThat(store.insert(new Object[] {"next"})).isEqualTo(41);
        TableCursor cursor = store.scan(0, 100);
        assertThat(cursor.next()).isTrue();
        assertThat(cursor.rowId()).isEqualTo(40);
    }
}
