package io.dosql.parser.ast;

import java.util.Objects;

/** {@code ALTER [COLUMN] c SET DEFAULT x | DROP DEFAULT | SET NOT NULL | DROP NOT NULL | [SET DATA] TYPE t}; {@code defaultValue} set only for SET_DEFAULT, {@code type} only for SET_TYPE. */
public record AlterColumn(String column, Change change, Expression defaultValue, TypeName type) implements AlterTableAction {
    public AlterColumn {
        Objects.requireNonNull(column, "column is null");
        Objects.requireNonNull(change, "change is null");
    }

    /** The change. */
    public enum Change { SET_DEFAULT, DROP_DEFAULT, SET_NOT_NULL, DROP_NOT_NULL, SET_TYPE }
}
