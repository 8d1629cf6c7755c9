package io.dosql.query.compiler;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Objects;

/** The output of a compiler: SQL text with {@code ?} placeholders and the values bound to them, in order. */
public record CompiledQuery(String sql, List<Object> parameters) {
    public CompiledQuery {
        Objects.requireNonNull(sql, "sql is null");
        // parameters may contain nulls (SQL NULL), which List.copyOf rejects
        if (!(parameters instanceof Frozen)) {
            parameters = new Frozen(parameters.toArray());
        }
    }

    /** A compiled query over {@code parameters}, which the caller hands over and must not change (no copy). */
    public static CompiledQuery ofOwned(String sql, Object[] parameters) {
        return new CompiledQuery(sql, new Frozen(parameters));
    }

    /** An unmodifiable list over an array no one else writes to; allows nulls. */
    private static final class Frozen extends AbstractList<Object> implements RandomAccess {
        private final Object[] values;

        Frozen(Object[] values) {
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Object[] toArray() {
            return values.clone();
        }
    }
}
