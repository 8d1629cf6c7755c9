package io.dosql.engine.function;

/**
 * The session's sequence operations behind nextval, currval, setval and lastval. Names are text as for
 * PostgreSQL's regclass input ({@code 's.seq'}, {@code '"Mixed"'}), resolved through the search_path.
 */
public interface Sequences {
    long nextval(String name);

    long currval(String name);

    long setval(String name, long value, boolean called);

    long lastval();
}
