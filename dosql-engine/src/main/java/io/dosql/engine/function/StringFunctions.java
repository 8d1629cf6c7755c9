package io.dosql.engine.function;

/** String functions (length, lower, substr, trim, pad, concat, replace, split_part, md5, format, …). */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(FunctionTable table) {
    }
}
