package io.dosql.parser.ast;

/** {@code ANALYZE [table]}; table null means all. */
public record AnalyzeStatement(QualifiedName table) implements Statement {
}
