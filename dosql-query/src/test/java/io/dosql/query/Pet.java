package io.dosql.query;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;

/** The table class codegen would emit for {@code pet}. */
public final class Pet extends Table<PetRecord> {
    public static final Pet PET = new Pet(null);

    public final Column<Long> ID = column("id", Long.class);
    public final Column<String> NAME = column("name", String.class);
    public final Column<Long> OWNER_ID = column("owner_id", Long.class);
    public final Column<String> SPECIES = column("species", String.class);

    private Pet(String alias) {
        super(null, "pet", alias, PetRecord.class);
    }

    @Override
    public Pet as(String alias) {
        return new Pet(alias);
    }
}
