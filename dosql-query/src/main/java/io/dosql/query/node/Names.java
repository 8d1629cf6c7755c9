package io.dosql.query.node;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validation helpers for the few names that reach SQL unquoted (function and type names). */
final class Names {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern TYPE_NAME =
        Pattern.compile("[A-Za-z][A-Za-z0-9_]*( [A-Za-z][A-Za-z0-9_]*)*( ?\\(\\d+( ?, ?\\d+)?\\))?(\\[\\])?");

    private Names() {
    }

    static String identifier(String name, String what) {
        // no Objects.requireNonNull(name, what + …): the message would be concatenated on every call
        if (name == null) {
            throw new NullPointerException(what + " is null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return name;
    }

    static String functionName(String name) {
        Objects.requireNonNull(name, "function name is null");
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid function name: '" + name + "'");
        }
        return name;
    }

    static String typeName(String name) {
        Objects.requireNonNull(name, "type name is null");
        if (!TYPE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid type name: '" + name + "'");
        }
        return name;
    }
}
