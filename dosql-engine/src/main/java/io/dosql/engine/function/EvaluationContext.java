package io.dosql.engine.function;

import java.time.OffsetDateTime;
import java.util.random.RandomGenerator;

/**
 * What a function may ask of the running statement: its timestamps (fixed for the statement and the
 * transaction, as PostgreSQL's now() is), a random source, and the session's user and schema.
 */
public interface EvaluationContext {
    OffsetDateTime statementTimestamp();

    OffsetDateTime transactionTimestamp();

    RandomGenerator random();

    default String currentUser() {
        return "dosql";
    }

    default String currentSchema() {
        return "public";
    }

    /** A context for tests and constant folding: both timestamps are {@code now}. */
    static EvaluationContext fixed(OffsetDateTime now, RandomGenerator random) {
        return new EvaluationContext() {
            @Override
            public OffsetDateTime statementTimestamp() {
                return now;
            }

            @Override
            public OffsetDateTime transactionTimestamp() {
                return now;
            }

            @Override
            public RandomGenerator random() {
                return random;
            }
        };
    }
}
