package io.dosql.engine.function;

import static io.dosql.core.SqlType.TEXT;

import io.dosql.core.SqlType;
import java.util.List;
import java.util.UUID;

/** Session and system information functions: version, current_user, current_schema, pg_typeof, gen_random_uuid. */
final class SystemFunctions {
    static final String VERSION = "PostgreSQL 15.0 (DoSQL 0.1)";

    private SystemFunctions() {
    }

    static void register(FunctionTable table) {
        table.scalar("version", TEXT, List.of(), (a, c) -> VERSION);
        table.scalar("current_user", TEXT, List.of(), (a, c) -> c.currentUser());
        table.scalar("session_user", TEXT, List.of(), (a, c) -> c.currentUser());
        table.scalar("user", TEXT, List.of(), (a, c) -> c.currentUser());
        table.scalar("current_schema", TEXT, List.of(), (a, c) -> c.currentSchema());
        table.scalar("current_database", TEXT, List.of(), (a, c) -> "dosql");
        // pg_typeof's answer depends only on the argument's static type, fixed when the call is bound.
        table.add(new ScalarFunctionDefinition("pg_typeof", List.of(FunctionTable.ANY), false, TEXT,
                types -> {
                    String name = types.get(0).kind().postgresName();
                    return (a, c) -> name;
                }, false, false));
        table.scalar("current_setting", TEXT, List.of(TEXT), (a, c) -> setting(c, (String) a[0], false));
        table.scalar("current_setting", TEXT, List.of(TEXT, SqlType.BOOLEAN),
                (a, c) -> setting(c, (String) a[0], (Boolean) a[1]));
        table.add(new ScalarFunctionDefinition("num_nulls", List.of(FunctionTable.ANY), true, SqlType.INTEGER,
                types -> (a, c) -> countNulls(a, true), false, false));
        table.add(new ScalarFunctionDefinition("num_nonnulls", List.of(FunctionTable.ANY), true, SqlType.INTEGER,
                types -> (a, c) -> countNulls(a, false), false, false));
        table.volatileScalar("gen_random_uuid", SqlType.UUID, List.of(), (a, c) -> randomUuid(c));
    }

    private static String setting(EvaluationContext context, String name, boolean missingOk) {
        String value = context.setting(name);
        if (value == null && !missingOk) {
            throw new io.dosql.core.DoSqlException(io.dosql.core.ErrorCode.UNDEFINED_OBJECT,
                    "unrecognized configuration parameter \"" + name + "\"");
        }
        return value;
    }

    private static int countNulls(Object[] arguments, boolean nulls) {
        int count = 0;
        for (Object argument : arguments) {
            if ((argument == null) == nulls) {
                count++;
            }
        }
        return count;
    }

    /** A version 4 UUID from the context's random source. */
    private static UUID randomUuid(EvaluationContext context) {
        long high = context.random().nextLong();
        long low = context.random().nextLong();
        high = high & ~0xF000L | 0x4000L;
        low = low & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
