package io.dosql.sqllogictest;

import java.util.List;

/**
 * A {@code halt} record: the rest of the script is not run (usually guarded, e.g. {@code onlyif mssql}).
 *
 * @param line the record's line
 * @param conditions its skipif/onlyif guards
 */
public record HaltRecord(int line, List<Condition> conditions) implements Record {

    public HaltRecord {
        conditions = List.copyOf(conditions);
    }
}
