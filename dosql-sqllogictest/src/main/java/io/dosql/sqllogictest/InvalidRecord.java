package io.dosql.sqllogictest;

import java.util.List;
import java.util.Objects;

/**
 * A record the parser could not understand (unknown record type, bad type string); it counts as a failure.
 *
 * @param line the record's first line
 * @param conditions its skipif/onlyif guards
 * @param message what is wrong with it
 */
public record InvalidRecord(int line, List<Condition> conditions, String message) implements Record {

    public InvalidRecord {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(message, "message is null");
    }
}
