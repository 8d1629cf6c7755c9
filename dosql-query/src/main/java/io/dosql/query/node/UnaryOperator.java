package io.dosql.query.node;

/** Prefix and postfix operators. */
public enum UnaryOperator {
    NOT("not ", true), NEGATE("-", true), EXISTS("exists ", true), NOT_EXISTS("not exists ", true),
    IS_NULL(" is null", false), IS_NOT_NULL(" is not null", false);

    private final String sql;
    private final boolean prefix;

    UnaryOperator(String sql, boolean prefix) {
        this.sql = sql;
        this.prefix = prefix;
    }

    public String sql() {
        return sql;
    }

    public boolean prefix() {
        return prefix;
    }
}
