package io.dosql.engine.execution;

import java.util.List;

/** WorkTable Scan: inside a recursive CTE, the rows the previous iteration produced. */
public final class WorkTableScanOperator extends PhysicalOperator {
    private final String name;
    private final Object workTableKey;
    private final int width;

    public WorkTableScanOperator(String name, Object workTableKey, int width) {
        this.name = name;
        this.workTableKey = workTableKey;
        this.width = width;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected RowIterator openIterator(ExecutionContext context) {
        List<Object[]> rows = (List<Object[]>) context.workTables().getOrDefault(workTableKey, List.of());
        return new RowIterator() {
            private int position;

            @Override
            public Object[] next() {
                return position < rows.size() ? rows.get(position++) : null;
            }
        };
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String label() {
        return "WorkTable Scan on " + name;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }
}
