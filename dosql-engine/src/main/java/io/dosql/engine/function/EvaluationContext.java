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

    /** A run-time setting as SHOW prints it (current_setting), or null when there is no such setting. */
    default String setting(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "server_version" -> "15.0";
            case "server_version_num" -> "150000";
            case "timezone" -> "UTC";
            case "datestyle" -> "ISO, MDY";
            case "intervalstyle" -> "postgres";
            case "server_encoding", "client_encoding" -> "UTF8";
            case "standard_conforming_strings" -> "on";
            case "search_path" -> "\"$user\", public";
            default -> null;
        };
    }

    /** The session's sequences (nextval and friends); none outside a session. */
    default Sequences sequences() {
        throw io.dosql.core.ErrorCode.FEATURE_NOT_SUPPORTED.exception("sequence functions outside a session");
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
