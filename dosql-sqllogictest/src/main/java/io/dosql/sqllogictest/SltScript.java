package io.dosql.sqllogictest;

import java.util.List;
import java.util.Objects;

/**
 * A parsed sqllogictest script: its records in file order.
 *
 * @param name where it came from (a path), used in reports
 * @param records its records
 */
public record SltScript(String name, List<Record> records) {

    public SltScript {
        Objects.requireNonNull(name, "name is null");
        records = List.copyOf(records);
    }

    /**
     * The records that run for the engine called {@code label}: every record before the first {@code halt}
     * that applies to it. Records whose conditions exclude the engine stay in the list (they count as skipped).
     */
    public List<Record> recordsUntilHalt(String label) {
        for (int i = 0; i < records.size(); i++) {
            Record record = records.get(i);
            if (record instanceof HaltRecord && Condition.allowAll(record.conditions(), label)) {
                return records.subList(0, i);
            }
        }
        return records;
    }
}
