package io.dosql.engine.binder;

import io.dosql.core.SqlType;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.function.FunctionRegistry;
import java.util.ArrayList;
import java.util.List;

/** State shared while binding one statement: catalog, functions, inferred parameter types, CTEs in scope. */
public final class BindingContext {
    private final Catalog catalog;
    private final FunctionRegistry functions = FunctionRegistry.builtin();
    private final List<SqlType> parameterTypes = new ArrayList<>();
    private int parameterCount;
    /** Innermost-last stack of WITH-clause frames. */
    final List<CteFrame> cteFrames = new ArrayList<>();

    /** Types suggested by the values to be bound ({@link ParameterHints}); empty when unknown. */
    private final List<SqlType> parameterHints;

    public BindingContext(Catalog catalog) {
        this(catalog, List.of());
    }

    public BindingContext(Catalog catalog, List<SqlType> parameterHints) {
        this.catalog = catalog;
        this.parameterHints = List.copyOf(parameterHints);
    }

    /** The type the bound value suggests for parameter {@code index}, or null. */
    SqlType parameterHint(int index) {
        if (index < 1 || index > parameterHints.size()) {
            return null;
        }
        SqlType hint = parameterHints.get(index - 1);
        return hint.kind() == io.dosql.core.TypeKind.UNKNOWN ? null : hint;
    }

    /** SELECT … FOR UPDATE: the table whose scans also yield the hidden {@code $rowid} column. */
    public io.dosql.engine.catalog.TableInfo rowIdsOf;

    public Catalog catalog() {
        return catalog;
    }

    public FunctionRegistry functions() {
        return functions;
    }

    public void noteParameter(int index) {
        parameterCount = Math.max(parameterCount, index);
        while (parameterTypes.size() < index) {
            parameterTypes.add(SqlType.UNKNOWN);
        }
    }

    public void noteParameterType(int index, SqlType type) {
        noteParameter(index);
        if (parameterTypes.get(index - 1).kind() == io.dosql.core.TypeKind.UNKNOWN) {
            parameterTypes.set(index - 1, type);
        }
    }

    public int parameterCount() {
        return parameterCount;
    }

    public List<SqlType> parameterTypes() {
        return List.copyOf(parameterTypes);
    }

    /** The CTEs of one WITH clause, by name. */
    static final class CteFrame {
        final java.util.Map<String, CteBinding> ctes = new java.util.HashMap<>();
    }

    /** A bound CTE: a plan factory (materialised operator) and its output columns. */
    record CteBinding(String name, io.dosql.engine.execution.PhysicalOperator plan, List<String> columnNames,
                      List<SqlType> columnTypes) {
    }

    CteBinding findCte(String name) {
        for (int index = cteFrames.size() - 1; index >= 0; index--) {
            CteBinding binding = cteFrames.get(index).ctes.get(name);
            if (binding != null) {
                return binding;
            }
        }
        return null;
    }
}
