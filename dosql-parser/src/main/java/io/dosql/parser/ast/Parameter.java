package io.dosql.parser.ast;

/** A bind parameter: {@code ?} numbered left to right from 1, or {@code $n}. {@code position} is its 1-based offset in the SQL text. */
public record Parameter(int index, int position) implements Expression {
}
