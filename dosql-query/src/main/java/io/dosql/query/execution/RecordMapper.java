package io.dosql.query.execution;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    // the canonical constructor taking an Object[]: cheaper per call than Constructor.newInstance
    private final MethodHandle constructor;
    private final RecordMapper<?>[] nestedMappers;
    // per component, the class whose values pass unconverted (the boxed type; null for a nested collection,
    // whose values always go through the converter)
    private final Class<?>[] exactTypes;
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
        this.exactTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            // a List<SomeRecord> component is a nested collection, decoded from the JSON the compiler asked for
            if (components[i].getType() == List.class
                && components[i].getGenericType() instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                nestedMappers[i] = nestedMapper(element);
            }
            Class<?> type = types[i].isPrimitive() ? ValueConverter.boxed(types[i]) : types[i];
            if (nestedMappers[i] == null) {
                exactTypes[i] = type;
            }
        }
        try {
            Constructor<R> canonical = recordType.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            this.constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("no canonical constructor in " + recordType.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <R> RecordMapper<R> of(Class<R> recordType) {
        // a plain get first: into(…) asks on every query built per call, and nearly always finds one
        RecordMapper<?> mapper = CACHE.get(recordType);
        if (mapper != null) {
            return (RecordMapper<R>) mapper;
        }
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
            arguments[i] = convert(i, value);
        }
        return construct(arguments);
    }

    /**
     * For each component, the 0-based index of the column it reads from a result with these labels
     * (labels after plugins' renaming), or -1 when none matches; the same choice {@link #map} makes on a
     * row map built from the labels (exact name, else ignoring case; a repeated label means its last column).
     */
    public int[] columnsFor(String[] labels) {
        Map<String, Integer> indexes = new LinkedHashMap<>(labels.length * 2);
        for (int i = 0; i < labels.length; i++) {
            indexes.put(labels[i], i);
        }
        int[] columns = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Integer index = indexes.get(name);
            if (index == null) {
                index = findIgnoringCase(indexes, name);
            }
            columns[i] = index == null ? -1 : index;
        }
        return columns;
    }

    /** Reads the current row straight into the record: column {@code columns[i]} feeds component i. */
    public R read(ResultSet resultSet, int[] columns) throws SQLException {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            int column = columns[i];
            Object value = column < 0 ? null : ValueConverter.normalize(resultSet.getObject(column + 1));
            // a value of exactly the component's type is what the converter would return
            arguments[i] = value != null && value.getClass() == exactTypes[i] ? value : convert(i, value);
        }
        return construct(arguments);
    }

    private Object convert(int component, Object value) {
        try {
            return nestedMappers[component] != null ? nested(nestedMappers[component], value)
                : ValueConverter.convert(value, components[component].getType());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("column '" + components[component].getName() + "' of "
                + recordType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private R construct(Object[] arguments) {
        try {
            return (R) constructor.invokeExact(arguments);
        } catch (Throwable e) {
            throw new IllegalArgumentException("constructor of " + recordType.getName() + " failed", e);
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

    private <V> V findIgnoringCase(Map<String, V> row, String name) {
        for (Map.Entry<String, V> entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        // snake_case columns (first_name) match camelCase components (firstName), as in nested JSON objects
        if (!foldUnderscores) {
            return null;
        }
        String folded = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, V> entry : row.entrySet()) {
            if (entry.getKey().replace("_", "").toLowerCase(Locale.ROOT).equals(folded)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
