package io.dosql.bench.schema;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;

/** The typed table {@code customer}, written as DoSQL's code generation would emit it. */
public final class Customer extends Table<CustomerRecord> {
    public static final Customer CUSTOMER = new Customer(null);

    public final Column<Long> ID = column("id", Long.class);
    public final Column<String> NAME = column("name", String.class);
    public final Column<String> EMAIL = column("email", String.class);
    public final Column<String> COUNTRY = column("country", String.class);

    private Customer(String alias) {
        super(null, "customer", alias, CustomerRecord.class);
    }

    @Override
    public Customer as(String alias) {
        return new Customer(alias);
    }
}
