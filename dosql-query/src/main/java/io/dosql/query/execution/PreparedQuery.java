package io.dosql.query.execution;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.expression.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query compiled once, run many times with values for its named parameters:
 * <pre>{@code
 * PreparedQuery<PersonRecord> byId = db.selectFrom(PERSON).where(PERSON.ID.eq(param("id", Long.class)))
 *     .into(PERSON).prepare();
 * PersonRecord person = byId.executeTakeFirstOrThrow(Map.of("id", 42L));
 * }</pre>
 *
 * @param <T> the type rows are mapped to
 */
public final class PreparedQuery<T> {
    private final QueryExecutor executor;
    private final CompiledQuery compiled;
    private final RowMapper<T> mapper;
    private final int[] parameterSlots;
    private final String[] parameterNames;

    PreparedQuery(QueryExecutor executor, CompiledQuery compiled, RowMapper<T> mapper) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.compiled = Objects.requireNonNull(compiled, "compiled is null");
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
        List<Integer> slots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < compiled.parameters().size(); i++) {
            if (compiled.parameters().get(i) instanceof Parameter parameter) {
                slots.add(i);
                names.add(parameter.name());
            }
        }
        this.parameterSlots = slots.stream().mapToInt(Integer::intValue).toArray();
        this.parameterNames = names.toArray(new String[0]);
    }

    /** The SQL and parameters; named parameters appear as {@link Parameter} values. */
    public CompiledQuery compiled() {
        return compiled;
    }

    private CompiledQuery bind(Map<String, ?> values) {
        if (parameterSlots.length == 0) {
            return compiled;
        }
        Object[] parameters = compiled.parameters().toArray();
        for (int i = 0; i < parameterSlots.length; i++) {
            Object value = values.get(parameterNames[i]);
            if (value == null && !values.containsKey(parameterNames[i])) {
                throw new IllegalArgumentException("no value for parameter '" + parameterNames[i] + "'");
            }
            parameters[parameterSlots[i]] = value;
        }
        return CompiledQuery.ofOwned(compiled.sql(), parameters);
    }

    public List<T> execute(Map<String, ?> values) {
        return ResultQuery.run(executor, bind(values), 0, mapper);
    }

    public Optional<T> executeTakeFirst(Map<String, ?> values) {
        List<T> rows = ResultQuery.run(executor, bind(values), 1, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public T executeTakeFirstOrThrow(Map<String, ?> values) {
        CompiledQuery bound = bind(values);
        List<T> rows = ResultQuery.run(executor, bound, 1, mapper);
        if (rows.isEmpty()) {
            throw new NoResultException(bound.sql());
        }
        return rows.get(0);
    }

    /** Streams rows through a cursor; close the stream. */
    public Stream<T> stream(Map<String, ?> values, int fetchSize) {
        return executor.stream(bind(values), fetchSize).map(mapper::map);
    }
}
