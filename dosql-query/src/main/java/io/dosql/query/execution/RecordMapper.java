package io.dosql.query.execution;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a row to a Java record through its canonical constructor: each component takes the column with
 * the same name (exact, else ignoring case), converted by {@link ValueConverter}; a missing column is null.
 * Use the CamelCasePlugin to map {@code first_name} to a {@code firstName} component.
 */
public final class RecordMapper<R> implements RowMapper<R> {
    private static final Map<Class<?>, RecordMapper<?>> CACHE = new ConcurrentHashMap<>();

    private final Class<R> recordType;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;

    private RecordMapper(Class<R> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record");
        }
        this.recordType = recordType;
        this.components = recordType.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
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
        return (RecordMapper<R>) CACHE.computeIfAbsent(recordType, RecordMapper::new);
    }

    @Override
    public R map(Map<String, Object> row) {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Object value = row.containsKey(name) ? row.get(name) : findIgnoringCase(row, name);
            try {
                arguments[i] = ValueConverter.convert(value, components[i].getType());
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

    private static Object findIgnoringCase(Map<String, Object> row, String name) {
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        String folded = name.toLowerCase(Locale.ROOT);
        return row.get(folded);
    }
}
