package io.dosql.sqllogictest;

import java.util.List;

/** One record of a sqllogictest script: a statement, a query or a control line. */
public sealed interface Record permits StatementRecord, QueryRecord, HashThresholdRecord, HaltRecord, InvalidRecord {

    /** The 1-based line number of the record's first line (its first condition line if it has one). */
    int line();

    /** The {@code skipif} / {@code onlyif} lines that guard this record, in file order. */
    List<Condition> conditions();

    /** True for records that execute SQL and so count towards the pass rate. */
    default boolean isCounted() {
        return this instanceof StatementRecord || this instanceof QueryRecord || this instanceof InvalidRecord;
    }
}
