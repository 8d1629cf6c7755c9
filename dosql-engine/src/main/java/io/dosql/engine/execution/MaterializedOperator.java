package io.dosql.engine.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * CTE Scan: the rows of a WITH query, computed once per execution and shared by every reference; a
 * recursive CTE iterates its recursive part over the previous iteration's rows (the work table).
 */
public final class MaterializedOperator extends PhysicalOperator {
    private final String name;
    private final PhysicalOperator anchor;
    private final PhysicalOperator recursive;
    private final boolean unionAll;
    private final Object workTableKey;
    private final int width;

    public MaterializedOperator(String name, PhysicalOperator anchor, PhysicalOperator recursive, boolean unionAll,
                                Object workTableKey, int width) {
        this.name = name;
        this.anchor = anchor;
        this.recursive = recursive;
        this.unionAll = unionAll;
        this.workTableKey = workTableKey;
        this.width = width;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(ExecutionContext context) {
        Object cached = context.workTables().get(this);
        if (cached != null) {
            return (List<Object[]>) cached;
        }
        List<Object[]> result = new ArrayList<>();
        RowIterator first = anchor.open(context);
        List<Object[]> current = new ArrayList<>();
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        for (Object[] row; (row = first.next()) != null; ) {
            context.tick();
            if (unionAll || seen.add(DistinctOperator.key(row, width))) {
                result.add(row);
                current.add(row);
            }
        }
        if (recursive != null) {
            int iterations = 0;
            while (!current.isEmpty()) {
                context.checkCanceled();
                if (++iterations > 1_000_000) {
                    throw io.dosql.core.ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("recursive query did not terminate");
                }
                context.workTables().put(workTableKey, current);
                List<Object[]> next = new ArrayList<>();
                RowIterator step = recursive.open(context);
                for (Object[] row; (row = step.next()) != null; ) {
                    context.tick();
                    if (unionAll || seen.add(DistinctOperator.key(row, width))) {
                        result.add(row);
                        next.add(row);
                    }
                }
                current = next;
            }
        }
        context.workTables().put(this, result);
        return result;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        List<Object[]> rows = rows(context);
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
        return "CTE Scan on " + name;
    }

    @Override
    public List<PhysicalOperator> children() {
        return recursive == null ? List.of(anchor) : List.of(anchor, recursive);
    }
}
