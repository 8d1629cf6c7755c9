package io.dosql.query.dialect;

/** SQL features that not every dialect has; a {@link DialectAdapter} lists the ones its dialect supports. */
public enum Feature {
    RETURNING("RETURNING"),
    ON_CONFLICT("ON CONFLICT"),
    ON_DUPLICATE_KEY_UPDATE("ON DUPLICATE KEY UPDATE"),
    FULL_JOIN("FULL JOIN"),
    RIGHT_JOIN("RIGHT JOIN"),
    LATERAL_JOIN("LATERAL joins"),
    MERGE("MERGE"),
    FOR_UPDATE("FOR UPDATE / FOR SHARE"),
    SKIP_LOCKED("SKIP LOCKED"),
    NOWAIT("NOWAIT"),
    DISTINCT_ON("DISTINCT ON"),
    INTERSECT_EXCEPT_ALL("INTERSECT ALL / EXCEPT ALL"),
    UPDATE_FROM("UPDATE … FROM"),
    DELETE_USING("DELETE … USING"),
    NULLS_ORDER("NULLS FIRST / NULLS LAST"),
    GROUPS_FRAME("GROUPS window frames");

    private final String description;

    Feature(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
