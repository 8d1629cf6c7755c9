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
    /**
     * The order in which {@code *} lists the entries (indexes into them), or null for row order: a JOIN
     * USING or NATURAL lists its merged columns first, as PostgreSQL does, while the row keeps each side's
     * columns in place.
     */
    private final int[] starOrder;
    private final Scope parent;
    /**
     * A level of FROM items a non-LATERAL FROM item may not see: it pushes no outer row (does not count
     * as a level) and a qualified reference into it is PostgreSQL's "invalid reference to FROM-clause entry".
     */
    private final boolean forbidden;
    private boolean correlated;
    /** The alias of the first entry an inner level resolved here (a LATERAL reference), or null. */
    private String referencedTable;

    public Scope(List<Entry> entries, Scope parent) {
        this(entries, parent, false, null);
    }

    /** A scope whose {@code *} lists the entries in {@code starOrder} (a permutation of their indexes). */
    Scope(List<Entry> entries, Scope parent, int[] starOrder) {
        this(entries, parent, false, starOrder);
    }

    private Scope(List<Entry> entries, Scope parent, boolean forbidden, int[] starOrder) {
        this.entries = new ArrayList<>(entries);
        this.parent = parent;
        this.forbidden = forbidden;
        this.starOrder = starOrder;
    }

    /** The entries' indexes in the order {@code *} lists them. */
    int[] starOrder() {
        int known = starOrder == null ? 0 : starOrder.length;
        if (known == entries.size()) {
            return starOrder == null ? new int[0] : starOrder;
        }
        // entries appended after the FROM clause was bound (set-returning functions' columns) follow in row order
        int[] order = java.util.Arrays.copyOf(starOrder == null ? new int[0] : starOrder, entries.size());
        for (int index = known; index < order.length; index++) {
            order[index] = index;
        }
        return order;
    }

    /** The FROM items to the left of a non-LATERAL item, visible only to report a reference to them. */
    public static Scope forbidden(List<Entry> entries, Scope parent) {
        return entries.isEmpty() ? parent : new Scope(entries, parent, true, null);
    }

    /** Whether an inner level referenced one of this level's columns. */
    public boolean isReferenced() {
        return referencedTable != null;
    }

    /** The table an inner level referenced first (for error messages), or null. */
    public String referencedTable() {
        return referencedTable;
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
        DoSqlException rejected = null;
        while (scope != null) {
            if (scope.forbidden) {
                // As PostgreSQL: an outer level may still hold the name; the error is only for a name found nowhere else.
                rejected = rejected != null ? rejected : scope.rejection(qualifier, position);
                scope = scope.parent;
                continue;
            }
            int found = scope.findLocal(qualifier, name, position);
            if (found >= 0) {
                Scope marking = this;
                for (int level = 0; level < levels; ) {
                    if (!marking.forbidden) {
                        marking.correlated = true;
                        level++;
                    }
                    marking = marking.parent;
                }
                Entry entry = scope.entries.get(found);
                if (levels > 0 && scope.referencedTable == null) {
                    scope.referencedTable = entry.tableAlias() == null ? name : entry.tableAlias();
                }
                return new Resolution(entry, found, levels);
            }
            scope = scope.parent;
            levels++;
        }
        if (rejected != null) {
            throw rejected;
        }
        return null;
    }

    /** The "invalid reference to FROM-clause entry" error when {@code qualifier} names one of these items, or null. */
    private DoSqlException rejection(List<String> qualifier, int position) {
        if (qualifier.isEmpty()) {
            return null;
        }
        String table = qualifier.get(qualifier.size() - 1);
        for (Entry entry : entries) {
            if (table.equals(entry.tableAlias())) {
                return new DoSqlException(ErrorCode.UNDEFINED_TABLE,
                        "invalid reference to FROM-clause entry for table \"" + table + "\"")
                        .withPosition(position)
                        .withHint("There is an entry for table \"" + table
                                + "\", but it cannot be referenced from this part of the query.");
            }
        }
        return null;
    }

    /**
     * The {@code columnName} (with no table) of the one column of a scalar-returning function in FROM: the
     * item's alias alone then names that column, as PostgreSQL's whole-row reference to it gives the value.
     */
    static final String FUNCTION_VALUE = "$function_value";

    private int findLocal(List<String> qualifier, String name, int position) {
        int found = findNamed(qualifier, name, position);
        if (found >= 0 || !qualifier.isEmpty()) {
            return found;
        }
        for (int index = 0; index < entries.size(); index++) {
            Entry entry = entries.get(index);
            if (name.equals(entry.tableAlias()) && entry.tableName() == null
                    && FUNCTION_VALUE.equals(entry.columnName())) {
                return index;
            }
        }
        return -1;
    }

    private int findNamed(List<String> qualifier, String name, int position) {
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
