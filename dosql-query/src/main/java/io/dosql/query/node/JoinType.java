package io.dosql.query.node;

/** The kinds of join, with their SQL spelling. */
public enum JoinType {
    INNER("inner join"), LEFT("left join"), RIGHT("right join"), FULL("full join"), CROSS("cross join");

    private final String sql;

    JoinType(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
