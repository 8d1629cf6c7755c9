package io.dosql.bench.schema;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;

/** The typed table {@code product}, written as DoSQL's code generation would emit it. */
public final class Product extends Table<ProductRecord> {
    public static final Product PRODUCT = new Product(null);

    public final Column<Long> ID = column("id", Long.class);
    public final Column<String> TITLE = column("title", String.class);

    private Product(String alias) {
        super(null, "product", alias, ProductRecord.class);
    }

    @Override
    public Product as(String alias) {
        return new Product(alias);
    }
}
