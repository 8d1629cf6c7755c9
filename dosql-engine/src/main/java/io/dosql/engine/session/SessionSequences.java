package io.dosql.engine.session;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.SequenceInfo;
import io.dosql.engine.function.Sequences;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One session's view of the sequences: currval per sequence and lastval's sequence (PostgreSQL keeps both
 * per session), and whether a position moved since the session's last commit (a durable database then
 * logs the positions at that commit even when the transaction wrote nothing else).
 */
final class SessionSequences implements Sequences {
    private final Catalog catalog;
    /** The value nextval last returned in this session, per sequence (weak: dropped sequences go away). */
    private final Map<SequenceInfo, Long> current = new WeakHashMap<>();
    private SequenceInfo lastUsed;
    private boolean moved;

    SessionSequences(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public long nextval(String name) {
        SequenceInfo sequence = resolve(name);
        moved = true;
        long value = sequence.next();
        current.put(sequence, value);
        lastUsed = sequence;
        return value;
    }

    @Override
    public long currval(String name) {
        SequenceInfo sequence = resolve(name);
        Long value = current.get(sequence);
        if (value == null) {
            throw new DoSqlException(ErrorCode.OBJECT_NOT_IN_PREREQUISITE_STATE, "currval of sequence \""
                    + sequence.name + "\" is not yet defined in this session");
        }
        return value;
    }

    @Override
    public long setval(String name, long value, boolean called) {
        SequenceInfo sequence = resolve(name);
        sequence.set(value, called);
        moved = true;
        if (called) {
            // As in PostgreSQL, setval with is_called true makes the value this session's currval (not lastval's).
            current.put(sequence, value);
        }
        return value;
    }

    @Override
    public long lastval() {
        SequenceInfo sequence = lastUsed;
        Catalog.Schema schema = sequence == null ? null : catalog.schema(sequence.schema);
        if (schema == null || schema.sequences.get(sequence.name) != sequence) {
            throw new DoSqlException(ErrorCode.OBJECT_NOT_IN_PREREQUISITE_STATE, "lastval is not yet defined in this session");
        }
        return current.get(sequence);
    }

    /** Whether nextval or setval ran since the last {@link #takeMoved}. */
    boolean movedSinceCommit() {
        return moved;
    }

    /** True once after nextval or setval ran since the last call. */
    boolean takeMoved() {
        boolean result = moved;
        moved = false;
        return result;
    }

    /** The sequence a regclass-style name denotes (42P01 when none, 42809 when another kind of relation). */
    private SequenceInfo resolve(String text) {
        List<String> parts = io.dosql.engine.catalog.RelationNames.parts(text);
        if (parts.size() > 3) {
            throw new DoSqlException(ErrorCode.SYNTAX_ERROR, "improper relation name (too many dotted names): "
                    + String.join(".", parts));
        }
        if (parts.size() == 3) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("cross-database references (" + String.join(".", parts) + ")");
        }
        String schemaName = parts.size() == 2 ? parts.get(0) : null;
        String name = parts.get(parts.size() - 1);
        Catalog.Schema schema = schemaName != null ? catalog.requireSchema(schemaName)
                : catalog.schema(catalog.schemaNameFor(null, name));
        if (schema != null) {
            SequenceInfo sequence = schema.sequences.get(name);
            if (sequence != null) {
                return sequence;
            }
            if (schema.hasRelation(name)) {
                throw ErrorCode.WRONG_OBJECT_TYPE.exception(name, "sequence");
            }
        }
        throw ErrorCode.UNDEFINED_TABLE.exception(String.join(".", parts));
    }
}
