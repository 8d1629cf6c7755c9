package io.dosql.engine.session;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.parser.ast.DecimalLiteral;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.SetStatement;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.UnaryOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run-time settings a session can SHOW, SET and RESET (search_path, statement_timeout, …). */
final class SessionSettings {
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("application_name", "");
        DEFAULTS.put("client_encoding", "UTF8");
        DEFAULTS.put("datestyle", "ISO, MDY");
        DEFAULTS.put("default_transaction_isolation", "read committed");
        DEFAULTS.put("extra_float_digits", "1");
        DEFAULTS.put("intervalstyle", "postgres");
        DEFAULTS.put("lock_timeout", "10000");
        DEFAULTS.put("search_path", "\"$user\", public");
        DEFAULTS.put("server_encoding", "UTF8");
        DEFAULTS.put("server_version", "16.0 (DoSQL)");
        DEFAULTS.put("standard_conforming_strings", "on");
        DEFAULTS.put("statement_timeout", "0");
        DEFAULTS.put("synchronous_commit", "on");
        DEFAULTS.put("timezone", "UTC");
        DEFAULTS.put("transaction_isolation", "read committed");
    }

    /** What RESET returns to: the built-in defaults, except those the database was opened with. */
    private final Map<String, String> sessionDefaults = new LinkedHashMap<>(DEFAULTS);
    private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    /** lock_timeout parsed once per change (the hot path reads it for every statement). */
    private long lockTimeout = -1;

    String get(String name) {
        return values.get(name.toLowerCase());
    }

    /** A database-wide default (a URL option): the session starts with it and RESET returns to it. */
    void setDefault(String name, String value) {
        sessionDefaults.put(name.toLowerCase(), value);
        set(name, value);
    }

    void set(String name, String value) {
        invalidateParsed();
        values.put(name.toLowerCase(), value);
    }

    void set(SetStatement statement) {
        invalidateParsed();
        String name = statement.name().toLowerCase();
        if (statement.values().isEmpty()) {
            reset(name);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Expression value : statement.values()) {
            parts.add(text(value));
        }
        String value = String.join(", ", parts);
        if (name.equals("synchronous_commit")) {
            value = synchronousCommit(value);
        }
        values.put(name, value);
    }

    /** PostgreSQL's accepted spellings of synchronous_commit, normalised as SHOW prints them. */
    private static String synchronousCommit(String value) {
        String key = value.trim().toLowerCase(java.util.Locale.ROOT);
        switch (key) {
            case "on", "true", "yes", "1":
                return "on";
            case "off", "false", "no", "0":
                return "off";
            case "local", "remote_write", "remote_apply":
                return key;
            default:
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid value for parameter \"synchronous_commit\": \""
                        + value + "\"").withHint("Available values: local, remote_write, remote_apply, on, off.");
        }
    }

    private static String text(Expression value) {
        if (value instanceof StringLiteral literal) {
            return literal.value();
        }
        if (value instanceof IntegerLiteral literal) {
            return Long.toString(literal.value());
        }
        if (value instanceof DecimalLiteral literal) {
            return literal.text();
        }
        if (value instanceof UnaryOperation unary && unary.operator() == UnaryOperation.Operator.NEGATE) {
            return "-" + text(unary.operand());
        }
        return value.toString();
    }

    void reset(String name) {
        invalidateParsed();
        String key = name.toLowerCase();
        if (key.equals("all")) {
            values.clear();
            values.putAll(sessionDefaults);
        } else if (sessionDefaults.containsKey(key)) {
            values.put(key, sessionDefaults.get(key));
        } else {
            values.remove(key);
        }
    }

    long lockTimeoutMillis() {
        if (lockTimeout < 0) {
            lockTimeout = parseLockTimeout();
        }
        return lockTimeout;
    }

    private long parseLockTimeout() {
        try {
            long value = Long.parseLong(values.getOrDefault("lock_timeout", "10000").replaceAll("[^0-9]", ""));
            return value <= 0 ? Long.MAX_VALUE / 4 : value;
        } catch (NumberFormatException invalid) {
            return 10_000;
        }
    }

    /** Parsed values (the hot path reads them for every statement) are recomputed after a change. */
    private void invalidateParsed() {
        lockTimeout = -1;
        searchPath = null;
        statementTimeout = -1;
        defaultIsolation = null;
        synchronousCommitOff = null;
        isolationAtDefault = false;
    }

    private io.dosql.transaction.IsolationLevel defaultIsolation;
    private Boolean synchronousCommitOff;
    /** Known (since the last change) to hold: transaction_isolation equals default_transaction_isolation. */
    private boolean isolationAtDefault;

    /** default_transaction_isolation parsed (READ COMMITTED when unrecognised); read for every transaction. */
    io.dosql.transaction.IsolationLevel defaultIsolation() {
        io.dosql.transaction.IsolationLevel parsed = defaultIsolation;
        if (parsed == null) {
            parsed = io.dosql.transaction.IsolationLevel.parse(values.get("default_transaction_isolation"));
            if (parsed == null) {
                parsed = io.dosql.transaction.IsolationLevel.READ_COMMITTED;
            }
            defaultIsolation = parsed;
        }
        return parsed;
    }

    /** synchronous_commit is off: commits do not wait for the log's fsync. */
    boolean synchronousCommitOff() {
        Boolean off = synchronousCommitOff;
        if (off == null) {
            off = "off".equals(values.get("synchronous_commit"));
            synchronousCommitOff = off;
        }
        return off;
    }

    /** At a transaction's end, transaction_isolation returns to default_transaction_isolation. */
    void resetTransactionIsolation() {
        if (isolationAtDefault) {
            return;
        }
        String level = values.get("default_transaction_isolation");
        if (!level.equals(values.get("transaction_isolation"))) {
            set("transaction_isolation", level);
        }
        isolationAtDefault = true;
    }

    private List<String> searchPath;
    private long statementTimeout = -1;

    /** search_path as schema names in order; "$user" is skipped (DoSQL has no per-user schemas). */
    List<String> searchPath() {
        List<String> parsed = searchPath;
        if (parsed == null) {
            parsed = List.copyOf(parseSearchPath());
            searchPath = parsed;
        }
        return parsed;
    }

    private List<String> parseSearchPath() {
        List<String> path = new java.util.ArrayList<>();
        for (String part : values.getOrDefault("search_path", "public").split(",")) {
            String name = part.trim();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            } else if (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
                name = name.substring(1, name.length() - 1);
            } else {
                name = name.toLowerCase(java.util.Locale.ROOT);
            }
            if (!name.isEmpty() && !name.equals("$user")) {
                path.add(name);
            }
        }
        return path;
    }

    /** statement_timeout in milliseconds (0: none); accepts "5000", "5s", "2min". */
    long statementTimeoutMillis() {
        if (statementTimeout < 0) {
            statementTimeout = parseStatementTimeout();
        }
        return statementTimeout;
    }

    private long parseStatementTimeout() {
        String value = values.getOrDefault("statement_timeout", "0").trim().toLowerCase();
        if (value.equals("0")) {
            return 0;
        }
        try {
            if (value.endsWith("ms")) {
                return Long.parseLong(value.substring(0, value.length() - 2).trim());
            }
            if (value.endsWith("min")) {
                return Long.parseLong(value.substring(0, value.length() - 3).trim()) * 60_000;
            }
            if (value.endsWith("s")) {
                return Long.parseLong(value.substring(0, value.length() - 1).trim()) * 1000;
            }
            return Long.parseLong(value);
        } catch (NumberFormatException invalid) {
            return 0;
        }
    }

    MaterializedResult show(String name) {
        String key = name.toLowerCase();
        if (key.equals("all")) {
            List<Object[]> rows = new ArrayList<>();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                rows.add(new Object[] {entry.getKey(), entry.getValue(), ""});
            }
            return new MaterializedResult("SHOW", -1, List.of(ResultColumn.computed("name", SqlType.TEXT),
                    ResultColumn.computed("setting", SqlType.TEXT), ResultColumn.computed("description", SqlType.TEXT)),
                    rows);
        }
        String value = values.get(key);
        if (value == null) {
            throw ErrorCode.UNDEFINED_OBJECT.exception("unrecognized configuration parameter \"" + name + "\"")
                    .withHint(null);
        }
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {value});
        return new MaterializedResult("SHOW", -1, List.of(ResultColumn.computed(key, SqlType.TEXT)), rows);
    }
}
