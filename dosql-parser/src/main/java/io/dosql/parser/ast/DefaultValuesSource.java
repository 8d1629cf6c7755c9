package io.dosql.parser.ast;

/** {@code DEFAULT VALUES}. */
public record DefaultValuesSource() implements InsertSource {
}
