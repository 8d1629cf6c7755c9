package io.dosql.engine.execution;

import io.dosql.engine.catalog.InformationSchema;
import java.util.Iterator;
import java.util.List;

/** Scan of an information_schema view: its rows computed from the catalog when the scan opens. */
public final class SystemViewOperator extends PhysicalOperator {
    private final InformationSchema.View view;

    public SystemViewOperator(InformationSchema.View view) {
        this.view = view;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        Iterator<Object[]> rows = view.rows().apply(context.environment().schemaCatalog()).iterator();
        return () -> rows.hasNext() ? rows.next() : null;
    }

    @Override
    public int width() {
        return view.columnNames().size();
    }

    @Override
    public String label() {
        return "Seq Scan on " + view.name();
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public long estimatedRows() {
        return 100;
    }
}
