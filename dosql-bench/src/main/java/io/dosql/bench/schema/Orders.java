package io.dosql.bench.schema;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;

/** The typed table {@code orders}, written as DoSQL's code generation would emit it. */
public final class Orders extends Table<OrdersRecord> {
    public static final Orders ORDERS = new Orders(null);

    public final Column<Long> ID = column("id", Long.class);
    public final Column<Long> CUSTOMER_ID = column("customer_id", Long.class);
    public final Column<Long> PRODUCT_ID = column("product_id", Long.class);
    public final Column<Integer> TOTAL = column("total", Integer.class);

    private Orders(String alias) {
        super(null, "orders", alias, OrdersRecord.class);
    }

    @Override
    public Orders as(String alias) {
        return new Orders(alias);
    }
}
