package io.dosql.engine.catalog;

import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All schema objects of a database: schemas holding tables, views, indexes and triggers. Mutated only by the
 * session holding the write lock; every change bumps {@link #version()} so cached plans are dropped.
 */
public final class Catalog {
    /** One schema's objects by name. */
    public static final class Schema {
        public final String name;
        public final Map<String, TableInfo> tables = new LinkedHashMap<>();
        public final Map<String, ViewInfo> views = new LinkedHashMap<>();
        public final Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        /** SQLite-style row triggers by name (each names its table). */
        public final Map<String, io.dosql.engine.trigger.TriggerInfo> triggers = new LinkedHashMap<>();

        Schema(String name) {
            this.name = name;
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

    /** The table {@code name} in {@code schemaName}, or (schema null) in the search path. */
    public TableInfo findTable(String schemaName, String name) {
        if (schemaName != null) {
            Schema schema = schemas.get(schemaName);
            return schema == null ? null : schema.tables.get(name);
        }
        Schema schema = schemas.get("public");
        return schema.tables.get(name);
    }

    public ViewInfo findView(String schemaName, String name) {
        Schema schema = schemas.get(schemaName == null ? "public" : schemaName);
        return schema == null ? null : schema.views.get(name);
    }

    /** The index {@code name} in any schema searched. */
    public IndexInfo findIndex(String schemaName, String name) {
        Schema schema = schemas.get(schemaName == null ? "public" : schemaName);
        return schema == null ? null : schema.indexes.get(name);
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
