package io.dosql.query.dialect;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What one dialect supports; compilers ask it before emitting a feature and fail with a clear message. */
public final class DialectAdapter {
    public static final DialectAdapter POSTGRES = new DialectAdapter("PostgreSQL",
        EnumSet.complementOf(EnumSet.of(Feature.ON_DUPLICATE_KEY_UPDATE)));
    public static final DialectAdapter DOSQL = new DialectAdapter("DoSQL",
        EnumSet.complementOf(EnumSet.of(Feature.ON_DUPLICATE_KEY_UPDATE)));
    public static final DialectAdapter MYSQL = new DialectAdapter("MySQL/MariaDB",
        EnumSet.of(Feature.ON_DUPLICATE_KEY_UPDATE, Feature.RIGHT_JOIN, Feature.FOR_UPDATE, Feature.SKIP_LOCKED,
            Feature.NOWAIT, Feature.INTERSECT_EXCEPT_ALL, Feature.UPDATE_FROM, Feature.DELETE_USING));
    public static final DialectAdapter SQLITE = new DialectAdapter("SQLite",
        EnumSet.of(Feature.RETURNING, Feature.ON_CONFLICT, Feature.FULL_JOIN, Feature.RIGHT_JOIN,
            Feature.UPDATE_FROM, Feature.NULLS_ORDER, Feature.GROUPS_FRAME));

    private final String dialectName;
    private final EnumSet<Feature> features;

    public DialectAdapter(String dialectName, Set<Feature> features) {
        this.dialectName = Objects.requireNonNull(dialectName, "dialectName is null");
        // EnumSet: capability checks run on every build step, and EnumSet.contains is a bit test
        this.features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    }

    public String dialectName() {
        return dialectName;
    }

    public boolean supports(Feature feature) {
        return features.contains(feature);
    }

    /** Fails with "MySQL/MariaDB does not support RETURNING" when the feature is missing. */
    public void require(Feature feature) {
        if (!supports(feature)) {
            throw new UnsupportedFeatureException(dialectName, feature);
        }
    }
}
