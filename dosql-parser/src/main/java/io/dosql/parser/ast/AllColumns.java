package io.dosql.parser.ast;

/** {@code *} (qualifier null) or {@code t.*}. */
public record AllColumns(QualifiedName qualifier) implements SelectItem {
}
