package io.dosql.query;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;
import java.time.LocalDate;

/** The table class codegen would emit for {@code person}; used by the tests. */
public final class Person extends Table<PersonRecord> {
    public static final Person PERSON = new Person(null);

    public final Column<Long> ID = column("id", Long.class);
    public final Column<String> FIRST_NAME = column("first_name", String.class);
    public final Column<String> LAST_NAME = column("last_name", String.class);
    public final Column<Integer> AGE = column("age", Integer.class);
    public final Column<LocalDate> BORN_ON = column("born_on", LocalDate.class);

    private Person(String alias) {
        super(null, "person", alias, PersonRecord.class);
    }

    @Override
    public Person as(String alias) {
        return new Person(alias);
    }
}
