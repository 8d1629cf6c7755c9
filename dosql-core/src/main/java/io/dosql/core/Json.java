package io.dosql.core;

import java.util.Objects;

/**
 * A json or jsonb value: its text. For json the text is the input as written (PostgreSQL keeps it
 * verbatim); for jsonb it is the normalized form PostgreSQL prints (keys sorted by length then bytes,
 * duplicate keys dropped keeping the last, one space after ':' and ','). Which of the two a value is
 * comes from its SQL type, not from this class; equality is equality of the text.
 */
public final class Json {
    private final String text;

    public Json(String text) {
        this.text = Objects.requireNonNull(text, "text is null");
    }

    /** The JSON text, exactly as PostgreSQL prints the value. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Json json && json.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
