package io.dosql.engine.function;

import io.dosql.core.ErrorCode;
import io.dosql.core.Json;
import io.dosql.core.SqlType;
import io.dosql.engine.value.JsonFormat;
import io.dosql.engine.value.ValueFormatter;
import java.util.List;

/**
 * The JSON constructors and aggregates: json_build_object / json_build_array (and the jsonb forms),
 * to_json / to_jsonb, json_agg / jsonb_agg, json_object_agg / jsonb_object_agg. json results are
 * spelled as PostgreSQL spells them ({@code {"a" : 1}}, {@code [1, 2]}, {@code { "a" : 1 }} for
 * json_object_agg); jsonb results are normalized. (row_to_json reads a whole row, so the binder builds it.)
 */
final class JsonFunctions {
    private static final SqlType JSON = SqlType.JSON;
    private static final SqlType JSONB = SqlType.JSONB;

    private JsonFunctions() {
    }

    static void register(FunctionTable table) {
        table.variadic("json_build_object", JSON, List.of(FunctionTable.ANY), (a, c) -> new Json(buildObject(a)));
        table.variadic("jsonb_build_object", JSONB, List.of(FunctionTable.ANY),
                (a, c) -> JsonFormat.jsonb(buildObject(a)));
        table.variadic("json_build_array", JSON, List.of(FunctionTable.ANY), (a, c) -> new Json(buildArray(a)));
        table.variadic("jsonb_build_array", JSONB, List.of(FunctionTable.ANY),
                (a, c) -> JsonFormat.jsonb(buildArray(a)));
        table.scalar("to_json", JSON, List.of(FunctionTable.ANY), (a, c) -> new Json(JsonFormat.toJson(a[0])));
        table.scalar("to_jsonb", JSONB, List.of(FunctionTable.ANY), (a, c) -> JsonFormat.jsonb(JsonFormat.toJson(a[0])));
        table.aggregate("json_agg", JSON, List.of(FunctionTable.ANY), () -> new ArrayAggregate(false));
        table.aggregate("jsonb_agg", JSONB, List.of(FunctionTable.ANY), () -> new ArrayAggregate(true));
        table.aggregate("json_object_agg", JSON, List.of(FunctionTable.ANY, FunctionTable.ANY),
                () -> new ObjectAggregate(false));
        table.aggregate("jsonb_object_agg", JSONB, List.of(FunctionTable.ANY, FunctionTable.ANY),
                () -> new ObjectAggregate(true));
    }

    /** {@code {"k1" : v1, "k2" : v2}} from alternating keys and values. */
    private static String buildObject(Object[] arguments) {
        if (arguments.length % 2 != 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("argument list must have even number of elements")
                    .withHint("The arguments of json_build_object() must consist of alternating keys and values.");
        }
        StringBuilder out = new StringBuilder("{");
        for (int index = 0; index < arguments.length; index += 2) {
            out.append(index == 0 ? "" : ", ");
            JsonFormat.appendString(key(arguments[index], index + 1), out);
            out.append(" : ");
            JsonFormat.appendValue(arguments[index + 1], out);
        }
        return out.append('}').toString();
    }

    private static String key(Object key, int position) {
        if (key == null) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("null value not allowed for object key");
        }
        return key instanceof Json json ? json.text() : key instanceof Boolean bool ? (bool ? "true" : "false")
                : ValueFormatter.toText(key, null);
    }

    private static String buildArray(Object[] arguments) {
        StringBuilder out = new StringBuilder("[");
        for (int index = 0; index < arguments.length; index++) {
            out.append(index == 0 ? "" : ", ");
            JsonFormat.appendValue(arguments[index], out);
        }
        return out.append(']').toString();
    }

    /** json_agg / jsonb_agg: every input (NULLs as null) in order; NULL over no rows. */
    private static final class ArrayAggregate implements Accumulator {
        private final boolean binary;
        private final StringBuilder elements = new StringBuilder();
        private boolean any;

        ArrayAggregate(boolean binary) {
            this.binary = binary;
        }

        @Override
        public void add(Object[] arguments) {
            elements.append(any ? ", " : "");
            JsonFormat.appendValue(arguments[0], elements);
            any = true;
        }

        @Override
        public Object result() {
            if (!any) {
                return null;
            }
            String text = "[" + elements + "]";
            return binary ? JsonFormat.jsonb(text) : new Json(text);
        }
    }

    /** json_object_agg / jsonb_object_agg: key/value pairs; a NULL key is an error; NULL over no rows. */
    private static final class ObjectAggregate implements Accumulator {
        private final boolean binary;
        private final StringBuilder members = new StringBuilder();
        private boolean any;

        ObjectAggregate(boolean binary) {
            this.binary = binary;
        }

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] == null) {
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("field name must not be null");
            }
            members.append(any ? ", " : "");
            JsonFormat.appendString(key(arguments[0], 1), members);
            members.append(" : ");
            JsonFormat.appendValue(arguments[1], members);
            any = true;
        }

        @Override
        public Object result() {
            if (!any) {
                return null;
            }
            String text = "{ " + members + " }";
            return binary ? JsonFormat.jsonb(text) : new Json(text);
        }
    }
}
