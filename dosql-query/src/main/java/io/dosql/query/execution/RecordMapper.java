package io.dosql.query.execution;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a row to a Java record through its canonical constructor: each component takes the column with
 * the same name (exact, else ignoring case), converted by {@link ValueConverter}; a missing column is null.
 * Use the CamelCasePlugin to map {@code first_name} to a {@code firstName} component. Records inside a nested
 * collection (a {@code List<SomeRecord>} component) also match snake_case keys, since plugins only see top-level rows.
 */
public final class RecordMapper<R> implements RowMapper<R> {
    private static final Map<Class<?>, RecordMapper<?>> CACHE = new ConcurrentHashMap<>();
    private static final Map<Class<?>, RecordMapper<?>> NESTED_CACHE = new ConcurrentHashMap<>();

    private final Class<R> recordType;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;
    private final RecordMapper<?>[] nestedMappers;
    private final boolean foldUnderscores;

    private RecordMapper(Class<R> recordType, boolean foldUnderscores) {
        this.foldUnderscores = foldUnderscores;
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record");
        }
        this.recordType = recordType;
        this.components = recordType.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        this.nestedMappers = new RecordMapper<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            // a List<SomeRecord> component is a nested collection, decoded from the JSON the compiler asked for
            if (components[i].getType() == List.class
                && components[i].getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                nestedMappers[i] = nestedMapper(element);
            }
        }
        try {
            this.constructor = recordType.getDeclaredConstructor(types);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException("no canonical constructor in " + recordType.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <R> RecordMapper<R> of(Class<R> recordType) {
        return (RecordMapper<R>) CACHE.computeIfAbsent(recordType, type -> new RecordMapper<>(type, false));
    }

    @Override
    public R map(Map<String, Object> row) {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Object value = row.get(name);
            if (value == null && !row.containsKey(name)) {
                value = findIgnoringCase(row, name);
            }
            try {
                arguments[i] = nestedMappers[i] != null ? nested(nestedMappers[i], value)
                    : ValueConverter.convert(value, components[i].getType());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("column '" + name + "' of " + recordType.getSimpleName()
                    + ": " + e.getMessage(), e);
            }
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + recordType.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("constructor of " + recordType.getName() + " failed", e.getCause());
        }
    }

    private static RecordMapper<?> nestedMapper(Class<?> element) {
        // not computeIfAbsent: building a mapper may build mappers of deeper nested records
        RecordMapper<?> mapper = NESTED_CACHE.get(element);
        if (mapper == null) {
            mapper = new RecordMapper<>(element, true);
            NESTED_CACHE.putIfAbsent(element, mapper);
        }
        return mapper;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> nested(RecordMapper<?> mapper, Object value) {
        if (value == null) {
            return List.of();
        }
        // PostgreSQL returns json as a PGobject whose toString() is the JSON text; others return a String
        Object parsed = value instanceof List<?> ? value : JsonReader.parse(value.toString());
        if (!(parsed instanceof List<?> elements)) {
            throw new IllegalArgumentException("a nested collection must be a JSON array");
        }
        List<Object> result = new ArrayList<>(elements.size());
        for (Object element : elements) {
            result.add(mapper.map((Map<String, Object>) element));
        }
        return List.copyOf(result);
    }

    private Object findIgnoringCase(Map<String, Object> row, String name) {
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        // snake_case columns (first_name) match camelCase components (firstName), as in nested JSON objects
        if (!foldUnderscores) {
            return null;
        }
        String folded = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getKey().replace("_", "").toLowerCase(Locale.ROOT).equals(folded)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
