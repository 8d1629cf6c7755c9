package io.dosql.engine.catalog;

import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All schema objects of a database: schemas holding tables, views, indexes and triggers. Mutated only by the
 * session holding the schema lock exclusively (and the statement latch); every change bumps {@link #version()} so cached plans are dropped.
 */
public final class Catalog {
    /** One schema's objects by name. */
    public static final class Schema {
        public final String name;
        public final Map<String, TableInfo> tables = new LinkedHashMap<>();
        public final Map<String, ViewInfo> views = new LinkedHashMap<>();
        /** COMMENT ON VIEW, by view name (dropped with the view). */
        public final Map<String, String> viewComments = new LinkedHashMap<>();
        public final Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        public final Map<String, SequenceInfo> sequences = new LinkedHashMap<>();
        /** SQLite-style row triggers by name (each names its table). */
        public final Map<String, io.dosql.engine.trigger.TriggerInfo> triggers = new LinkedHashMap<>();

        Schema(String name) {
            this.name = name;
        }

        /** Whether a table, view, index or sequence (PostgreSQL's relations, one namespace) has {@code relation} as name. */
        public boolean hasRelation(String relation) {
            return tables.containsKey(relation) || views.containsKey(relation) || indexes.containsKey(relation)
                    || sequences.containsKey(relation);
        }
    }

    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private volatile long version;

    public Catalog() {
        schemas.put("public", new Schema("public"));
    }

    public long version() {
        return version;
    }

    public void bumpVersion() {
        version++;
    }

    public Schema schema(String name) {
        return schemas.get(name);
    }

    public Schema requireSchema(String name) {
        Schema schema = schemas.get(name);
        if (schema == null) {
            throw ErrorCode.INVALID_SCHEMA_NAME.exception(name);
        }
        return schema;
    }

    public Schema createSchema(String name) {
        Schema schema = new Schema(name);
        schemas.put(name, schema);
        bumpVersion();
        return schema;
    }

    public void putSchema(Schema schema) {
        schemas.put(schema.name, schema);
        bumpVersion();
    }

    public Schema dropSchema(String name) {
        bumpVersion();
        return schemas.remove(name);
    }

    public List<Schema> schemas() {
        return new ArrayList<>(schemas.values());
    }

    /**
     * The running statement's search_path. The catalog is shared by sessions while the path is a session
     * setting; a session sets it around each statement it runs on its thread ({@link #withSearchPath}).
     */
    private static final ThreadLocal<List<String>> SEARCH_PATH = new ThreadLocal<>();

    /** Runs {@code work} with unqualified names resolved through {@code searchPath}. */
    public static <T> T withSearchPath(List<String> searchPath, java.util.function.Supplier<T> work) {
        List<String> previous = SEARCH_PATH.get();
        SEARCH_PATH.set(List.copyOf(searchPath));
        try {
            return work.get();
        } finally {
            SEARCH_PATH.set(previous);
        }
    }

    /** The search_path unqualified names resolve through now (on this thread). */
    public static List<String> currentSearchPath() {
        return searchPath();
    }

    private static List<String> searchPath() {
        List<String> path = SEARCH_PATH.get();
        return path == null ? List.of("public") : path;
    }

    /**
     * The schema an unqualified relation {@code name} resolves to: the first schema of the search path
     * holding a relation of that name; otherwise the creation schema (so "does not exist"
     * errors and IF EXISTS behave as before).
     */
    public String schemaNameFor(String schemaName, String name) {
        if (schemaName != null) {
            return schemaName;
        }
        for (String candidate : searchPath()) {
            Schema schema = schemas.get(candidate);
            if (schema != null && schema.hasRelation(name)) {
                return candidate;
            }
        }
        String creation = creationSchemaName();
        return creation == null ? "public" : creation;
    }

    /** Where CREATE puts an unqualified object: the first existing schema of the search path (null: none). */
    public String creationSchemaName() {
        for (String candidate : searchPath()) {
            if (schemas.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The table {@code name} in {@code schemaName}, or (schema null) in the search path. */
    public TableInfo findTable(String schemaName, String name) {
        Schema schema = schemas.get(schemaNameFor(schemaName, name));
        return schema == null ? null : schema.tables.get(name);
    }

    public ViewInfo findView(String schemaName, String name) {
        Schema schema = schemas.get(schemaNameFor(schemaName, name));
        return schema == null ? null : schema.views.get(name);
    }

    /** The index {@code name} in any schema searched. */
    public IndexInfo findIndex(String schemaName, String name) {
        Schema schema = schemas.get(schemaNameFor(schemaName, name));
        return schema == null ? null : schema.indexes.get(name);
    }

    /** The sequence {@code name} in {@code schemaName}, or (schema null) in the search path. */
    public SequenceInfo findSequence(String schemaName, String name) {
        Schema schema = schemas.get(schemaNameFor(schemaName, name));
        return schema == null ? null : schema.sequences.get(name);
    }

    /** All table names in the search path, for "did you mean" hints. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (Schema schema : schemas.values()) {
            names.addAll(schema.tables.keySet());
            names.addAll(schema.views.keySet());
        }
        return names;
    }
}
