package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.TEXT;

import java.util.List;

/** nextval, currval, setval and lastval: volatile (never folded), strict like PostgreSQL's (null in, null out). */
final class SequenceFunctions {
    private SequenceFunctions() {
    }

    static void register(FunctionTable table) {
        table.volatileScalar("nextval", BIGINT, List.of(TEXT), (a, c) -> c.sequences().nextval((String) a[0]));
        table.volatileScalar("currval", BIGINT, List.of(TEXT), (a, c) -> c.sequences().currval((String) a[0]));
        table.volatileScalar("setval", BIGINT, List.of(TEXT, BIGINT),
                (a, c) -> c.sequences().setval((String) a[0], (Long) a[1], true));
        table.volatileScalar("setval", BIGINT, List.of(TEXT, BIGINT, BOOLEAN),
                (a, c) -> c.sequences().setval((String) a[0], (Long) a[1], (Boolean) a[2]));
        table.volatileScalar("lastval", BIGINT, List.of(), (a, c) -> c.sequences().lastval());
    }
}
