package io.dosql.engine.binder;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns visible at one query level, in row order, plus the enclosing level's scope for
 * correlated references. Lookups that reach an outer level mark the inner levels as correlated.
 */
public final class Scope {
    /** One visible column. {@code hidden} columns are reachable only qualified and skipped by {@code *}. */
    public record Entry(String tableAlias, String name, SqlType type, boolean hidden, String schemaName,
                        String tableName, String columnName, boolean notNull) {
    }

    /** A resolved column: the entry, its index in its level's row and how many levels out it was found. */
    public record Resolution(Entry entry, int index, int levelsUp) {
    }

    private final List<Entry> entries;
    private final Scope parent;
    private boolean correlated;

    public Scope(List<Entry> entries, Scope parent) {
        this.entries = new ArrayList<>(entries);
        this.parent = parent;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Scope parent() {
        return parent;
    }

    public boolean isCorrelated() {
        return correlated;
    }

    public int size() {
        return entries.size();
    }

    /** Resolves {@code qualifier.name}; null when not found at any level. */
    public Resolution resolve(List<String> qualifier, String name, int position) {
        Scope scope = this;
        int levels = 0;
        while (scope != null) {
            int found = scope.findLocal(qualifier, name, position);
            if (found >= 0) {
                Scope marking = this;
                for (int level = 0; level < levels; level++) {
                    marking.correlated = true;
                    marking = marking.parent;
                }
                return new Resolution(scope.entries.get(found), found, levels);
            }
            scope = scope.parent;
            levels++;
        }
        return null;
    }

    private int findLocal(List<String> qualifier, String name, int position) {
        int found = -1;
        String table = qualifier.isEmpty() ? null : qualifier.get(qualifier.size() - 1);
        for (int index = 0; index < entries.size(); index++) {
            Entry entry = entries.get(index);
            if (!entry.name().equals(name)) {
                continue;
            }
            if (table == null ? entry.hidden() : !table.equals(entry.tableAlias())) {
                continue;
            }
            if (found >= 0) {
                String shown = table == null ? name : table + "." + name;
                throw new DoSqlException(ErrorCode.AMBIGUOUS_COLUMN, ErrorCode.AMBIGUOUS_COLUMN.format(shown))
                        .withPosition(position);
            }
            found = index;
        }
        return found;
    }

    /** Whether some level has a table (alias) called {@code table}. */
    public boolean hasTable(String table) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            for (Entry entry : scope.entries) {
                if (table.equals(entry.tableAlias())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The visible column closest in spelling to {@code name}, as "alias.column", or null. */
    public String closestColumn(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Scope scope = this; scope != null; scope = scope.parent) {
            for (Entry entry : scope.entries) {
                if (entry.hidden() && entry.name().startsWith("$")) {
                    continue;
                }
                int distance = Names.editDistance(name, entry.name());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = (entry.tableAlias() == null ? "" : entry.tableAlias() + ".") + entry.name();
                }
            }
        }
        return bestDistance <= Math.max(2, name.length() / 2) ? best : null;
    }
}
