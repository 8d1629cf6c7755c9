package io.dosql.transaction;

/** PostgreSQL's isolation levels (READ UNCOMMITTED behaves as READ COMMITTED, as in PostgreSQL). */
public enum IsolationLevel {
    READ_COMMITTED("read committed"),
    REPEATABLE_READ("repeatable read"),
    SERIALIZABLE("serializable");

    private static final IsolationLevel[] VALUES = values();

    private final String settingValue;

    IsolationLevel(String settingValue) {
        this.settingValue = settingValue;
    }

    /** The value SHOW transaction_isolation prints. */
    public String settingValue() {
        return settingValue;
    }

    /** Whether the transaction keeps one snapshot from its first statement to its end. */
    public boolean transactionSnapshot() {
        return this != READ_COMMITTED;
    }

    /** Parses "read committed", "REPEATABLE READ", "read_uncommitted"…; null when unknown. */
    public static IsolationLevel parse(String text) {
        // The setting holds a canonical value (SET stores settingValue()): found without normalizing.
        for (IsolationLevel level : VALUES) {
            if (level.settingValue.equals(text)) {
                return level;
            }
        }
        String normalized = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        switch (normalized) {
            case "read uncommitted":
            case "read committed":
                return READ_COMMITTED;
            case "repeatable read":
                return REPEATABLE_READ;
            case "serializable":
                return SERIALIZABLE;
            default:
                return null;
        }
    }
}
