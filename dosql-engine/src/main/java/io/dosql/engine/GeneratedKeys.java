package io.dosql.engine;

import java.util.List;
import java.util.Objects;

/**
 * Whether an INSERT/UPDATE/DELETE should also return rows, as JDBC's RETURN_GENERATED_KEYS asks:
 * when requested, the statement behaves as if {@code RETURNING columns} (or {@code RETURNING *} when
 * {@code columns} is empty) had been written, unless it already has a RETURNING clause. Ignored for
 * other statements.
 */
public record GeneratedKeys(boolean requested, List<String> columns) {
    public static final GeneratedKeys NONE = new GeneratedKeys(false, List.of());
    public static final GeneratedKeys ALL_COLUMNS = new GeneratedKeys(true, List.of());

    public GeneratedKeys {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
    }

    public static GeneratedKeys columns(List<String> columns) {
        return new GeneratedKeys(true, columns);
    }
}
