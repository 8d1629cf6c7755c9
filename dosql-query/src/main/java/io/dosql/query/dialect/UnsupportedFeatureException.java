package io.dosql.query.dialect;

/** Thrown when a query uses a feature its dialect lacks; raised while building or compiling, never by the DB. */
public final class UnsupportedFeatureException extends IllegalStateException {
    private final String dialect;
    private final Feature feature;

    public UnsupportedFeatureException(String dialect, Feature feature) {
        super(dialect + " does not support " + feature.description());
        this.dialect = dialect;
        this.feature = feature;
    }

    public String dialect() {
        return dialect;
    }

    public Feature feature() {
        return feature;
    }
}
