package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A type as written: lower-cased base name with multi-word names joined by one space ({@code "double precision"}, {@code "character varying"}, {@code "timestamp with time zone"}, {@code "int"}, {@code "varchar"}), its numeric modifiers ({@code varchar(20)} → [20], {@code numeric(10,2)} → [10, 2]) and whether it is an array ({@code int[]}). The parser does not resolve synonyms; the binder does. */
public record TypeName(String name, List<Integer> modifiers, boolean array) implements Node {
    public TypeName {
        Objects.requireNonNull(name, "name is null");
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "modifiers is null"));
    }
}
