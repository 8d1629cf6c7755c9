package io.dosql.engine.planner;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.binder.TypeResolver;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.SequenceInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.StatementEnvironment;
import io.dosql.parser.ast.AlterSequenceStatement;
import io.dosql.parser.ast.CreateSequenceStatement;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.SequenceOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * CREATE, ALTER and DROP SEQUENCE, with PostgreSQL's defaults and checks (its init_params): the bounds
 * default by the sign of the increment and the type, the start to the bound it counts away from.
 * Catalog changes record their undo; a position change by ALTER (RESTART) is undone too, as in PostgreSQL.
 */
public final class SequenceDdl {
    private final StatementEnvironment environment;
    private final Catalog catalog;

    public SequenceDdl(StatementEnvironment environment) {
        this.environment = environment;
        this.catalog = environment.schemaCatalog();
    }

    public MaterializedResult create(CreateSequenceStatement statement) {
        QualifiedName name = statement.name();
        if (name.schema() == null && catalog.creationSchemaName() == null) {
            throw new DoSqlException(ErrorCode.INVALID_SCHEMA_NAME, "no schema has been selected to create in");
        }
        Catalog.Schema schema = catalog.requireSchema(name.schema() == null ? catalog.creationSchemaName() : name.schema());
        if (schema.hasRelation(name.name())) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE SEQUENCE");
            }
            throw ErrorCode.DUPLICATE_TABLE.exception(name.name());
        }
        Map<SequenceOption.Kind, SequenceOption> options = options(statement.options());
        SequenceInfo.Definition definition = definition(options, null);
        SequenceInfo sequence = new SequenceInfo(schema.name, name.name(), definition);
        setOwner(sequence, options);
        schema.sequences.put(sequence.name, sequence);
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.sequences.remove(sequence.name);
            catalog.bumpVersion();
        });
        return MaterializedResult.command("CREATE SEQUENCE");
    }

    public MaterializedResult alter(AlterSequenceStatement statement) {
        SequenceInfo sequence = find(statement.name(), statement.ifExists());
        if (sequence == null) {
            return MaterializedResult.command("ALTER SEQUENCE");
        }
        Map<SequenceOption.Kind, SequenceOption> options = options(statement.options());
        SequenceInfo.Definition previous = sequence.definition;
        SequenceInfo.Definition definition = definition(options, previous);
        long last = sequence.last();
        boolean called = sequence.called();
        long position = last;
        boolean restart = options.containsKey(SequenceOption.Kind.RESTART);
        if (restart) {
            Long with = options.get(SequenceOption.Kind.RESTART).value();
            position = with == null ? definition.start() : with;
        }
        // PostgreSQL checks the (possibly restarted) position against the new bounds.
        if (position < definition.min()) {
            throw invalid("RESTART value (" + position + ") cannot be less than MINVALUE (" + definition.min() + ")");
        }
        if (position > definition.max()) {
            throw invalid("RESTART value (" + position + ") cannot be greater than MAXVALUE (" + definition.max() + ")");
        }
        TableInfo previousOwner = sequence.ownerTable;
        String previousColumn = sequence.ownerColumn;
        setOwner(sequence, options);
        sequence.definition = definition;
        if (restart) {
            sequence.position(position, false);
        }
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            sequence.definition = previous;
            sequence.ownerTable = previousOwner;
            sequence.ownerColumn = previousColumn;
            if (restart) {
                sequence.position(last, called);
            }
            catalog.bumpVersion();
        });
        return MaterializedResult.command("ALTER SEQUENCE");
    }

    /** DROP SEQUENCE of one name: 42P01 when missing, 42809 when it names another kind of relation. */
    public void drop(QualifiedName name, boolean ifExists, boolean cascade) {
        SequenceInfo sequence = find(name, ifExists);
        if (sequence == null) {
            return;
        }
        List<io.dosql.engine.catalog.SequenceDependencies.Default> defaults =
                io.dosql.engine.catalog.SequenceDependencies.defaultsUsing(catalog, sequence);
        if (!defaults.isEmpty() && !cascade) {
            List<String> lines = new java.util.ArrayList<>();
            for (io.dosql.engine.catalog.SequenceDependencies.Default use : defaults) {
                lines.add("default value for column " + use.column().name + " of table " + use.table().name
                        + " depends on sequence " + sequence.name);
            }
            throw ErrorCode.DEPENDENT_OBJECTS_STILL_EXIST.exception("cannot drop sequence " + sequence.name
                    + " because other objects depend on it").withDetail(String.join("\n", lines))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        for (io.dosql.engine.catalog.SequenceDependencies.Default use : defaults) {
            // CASCADE drops the defaults (the columns stay), as PostgreSQL does
            io.dosql.parser.ast.Expression before = use.column().defaultExpression;
            use.column().defaultExpression = null;
            environment.recordUndo(() -> use.column().defaultExpression = before);
        }
        remove(sequence);
    }

    /** DROP TABLE drops the sequences its columns own (OWNED BY). */
    public void dropOwnedBy(TableInfo table) {
        for (SequenceInfo sequence : ownedBy(table)) {
            remove(sequence);
        }
    }

    /** TRUNCATE … RESTART IDENTITY restarts the sequences the table's columns own, undone with the transaction. */
    public void restartOwnedBy(TableInfo table) {
        for (SequenceInfo sequence : ownedBy(table)) {
            long[] before = sequence.state();
            sequence.position(sequence.definition.start(), false);
            environment.recordUndo(() -> sequence.position(before[0], before[1] != 0));
        }
    }

    private List<SequenceInfo> ownedBy(TableInfo table) {
        List<SequenceInfo> owned = new java.util.ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (SequenceInfo sequence : schema.sequences.values()) {
                if (sequence.ownerTable == table) {
                    owned.add(sequence);
                }
            }
        }
        return owned;
    }

    private void remove(SequenceInfo sequence) {
        Catalog.Schema schema = catalog.schema(sequence.schema);
        schema.sequences.remove(sequence.name);
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.sequences.put(sequence.name, sequence);
            catalog.bumpVersion();
        });
    }

    private SequenceInfo find(QualifiedName name, boolean ifExists) {
        Catalog.Schema schema = name.schema() == null ? catalog.schema(catalog.schemaNameFor(null, name.name()))
                : catalog.schema(name.schema());
        SequenceInfo sequence = schema == null ? null : schema.sequences.get(name.name());
        if (sequence != null || ifExists) {
            return sequence;
        }
        if (schema != null && schema.hasRelation(name.name())) {
            String kind = schema.tables.containsKey(name.name()) ? "TABLE"
                    : schema.views.containsKey(name.name()) ? "VIEW" : "INDEX";
            throw ErrorCode.WRONG_OBJECT_TYPE.exception(name.name(), "sequence")
                    .withHint("Use DROP " + kind + " to remove a" + (kind.equals("INDEX") ? "n index." : " " + kind.toLowerCase() + "."));
        }
        throw new DoSqlException(ErrorCode.UNDEFINED_TABLE, "sequence \"" + name.name() + "\" does not exist");
    }

    /** The options by kind; a kind given twice (or with its NO form) is 42601, as in PostgreSQL. */
    private static Map<SequenceOption.Kind, SequenceOption> options(List<SequenceOption> written) {
        Map<SequenceOption.Kind, SequenceOption> options = new EnumMap<>(SequenceOption.Kind.class);
        for (SequenceOption option : written) {
            SequenceOption.Kind slot = switch (option.kind()) {
                case NO_MINVALUE -> SequenceOption.Kind.MINVALUE;
                case NO_MAXVALUE -> SequenceOption.Kind.MAXVALUE;
                case NO_CYCLE -> SequenceOption.Kind.CYCLE;
                case OWNED_BY_NONE -> SequenceOption.Kind.OWNED_BY;
                default -> option.kind();
            };
            if (options.put(slot, option) != null) {
                throw new DoSqlException(ErrorCode.SYNTAX_ERROR, "conflicting or redundant options");
            }
        }
        return options;
    }

    /** The new definition: {@code previous} (ALTER) changed by {@code options}, or the defaults (CREATE). */
    private static SequenceInfo.Definition definition(Map<SequenceOption.Kind, SequenceOption> options,
                                                      SequenceInfo.Definition previous) {
        SqlType type = previous == null ? SqlType.BIGINT : previous.type();
        SequenceOption as = options.get(SequenceOption.Kind.AS);
        if (as != null) {
            type = TypeResolver.resolve(as.type());
            if (as.type().array() || !(type.kind() == TypeKind.SMALLINT || type.kind() == TypeKind.INTEGER
                    || type.kind() == TypeKind.BIGINT)) {
                throw invalid("sequence type must be smallint, integer, or bigint");
            }
        }
        long typeMin = minimum(type);
        long typeMax = maximum(type);
        long increment = previous == null ? 1 : previous.increment();
        SequenceOption incrementOption = options.get(SequenceOption.Kind.INCREMENT);
        if (incrementOption != null) {
            increment = incrementOption.value();
            if (increment == 0) {
                throw invalid("INCREMENT must not be zero");
            }
        }
        boolean typeChanged = previous != null && type.kind() != previous.type().kind();
        SequenceOption maxOption = options.get(SequenceOption.Kind.MAXVALUE);
        long max;
        if (maxOption != null && maxOption.value() != null) {
            max = maxOption.value();
        } else if (maxOption != null || previous == null
                || typeChanged && previous.max() == maximum(previous.type())) {
            max = increment > 0 ? typeMax : -1;
        } else {
            max = previous.max();
        }
        if (max < typeMin || max > typeMax) {
            throw invalid("MAXVALUE (" + max + ") is out of range for sequence data type " + type.kind().postgresName());
        }
        SequenceOption minOption = options.get(SequenceOption.Kind.MINVALUE);
        long min;
        if (minOption != null && minOption.value() != null) {
            min = minOption.value();
        } else if (minOption != null || previous == null
                || typeChanged && previous.min() == minimum(previous.type())) {
            min = increment > 0 ? 1 : typeMin;
        } else {
            min = previous.min();
        }
        if (min < typeMin || min > typeMax) {
            throw invalid("MINVALUE (" + min + ") is out of range for sequence data type " + type.kind().postgresName());
        }
        if (min >= max) {
            throw invalid("MINVALUE (" + min + ") must be less than MAXVALUE (" + max + ")");
        }
        SequenceOption startOption = options.get(SequenceOption.Kind.START);
        long start = startOption != null ? startOption.value() : previous != null ? previous.start()
                : increment > 0 ? min : max;
        if (start < min) {
            throw invalid("START value (" + start + ") cannot be less than MINVALUE (" + min + ")");
        }
        if (start > max) {
            throw invalid("START value (" + start + ") cannot be greater than MAXVALUE (" + max + ")");
        }
        SequenceOption cacheOption = options.get(SequenceOption.Kind.CACHE);
        long cache = cacheOption != null ? cacheOption.value() : previous == null ? 1 : previous.cache();
        if (cache <= 0) {
            throw invalid("CACHE (" + cache + ") must be greater than zero");
        }
        SequenceOption cycleOption = options.get(SequenceOption.Kind.CYCLE);
        boolean cycle = cycleOption != null ? cycleOption.kind() == SequenceOption.Kind.CYCLE
                : previous != null && previous.cycle();
        return new SequenceInfo.Definition(type, increment, min, max, start, cache, cycle);
    }

    /** OWNED BY table.column (same schema, existing column) or OWNED BY NONE; nothing when not given. */
    private void setOwner(SequenceInfo sequence, Map<SequenceOption.Kind, SequenceOption> options) {
        SequenceOption owned = options.get(SequenceOption.Kind.OWNED_BY);
        if (owned == null) {
            return;
        }
        if (owned.kind() == SequenceOption.Kind.OWNED_BY_NONE) {
            sequence.ownerTable = null;
            sequence.ownerColumn = null;
            return;
        }
        List<String> parts = owned.owner().parts();
        if (parts.size() < 2) {
            throw new DoSqlException(ErrorCode.SYNTAX_ERROR, "invalid OWNED BY option")
                    .withHint("Specify OWNED BY table.column or OWNED BY NONE.");
        }
        String schemaName = parts.size() > 2 ? parts.get(parts.size() - 3) : null;
        String tableName = parts.get(parts.size() - 2);
        TableInfo table = catalog.findTable(schemaName, tableName);
        if (table == null) {
            throw ErrorCode.UNDEFINED_TABLE.exception(String.join(".", parts.subList(0, parts.size() - 1)));
        }
        String column = parts.get(parts.size() - 1);
        if (table.columnIndex(column) < 0) {
            throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + column + "\" of relation \"" + table.name + "\"");
        }
        if (!table.schema.equals(sequence.schema)) {
            throw new DoSqlException(ErrorCode.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "sequence must be in same schema as table it is linked to");
        }
        sequence.ownerTable = table;
        sequence.ownerColumn = column;
    }

    private static long minimum(SqlType type) {
        return switch (type.kind()) {
            case SMALLINT -> Short.MIN_VALUE;
            case INTEGER -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private static long maximum(SqlType type) {
        return switch (type.kind()) {
            case SMALLINT -> Short.MAX_VALUE;
            case INTEGER -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    private static DoSqlException invalid(String message) {
        return new DoSqlException(ErrorCode.INVALID_PARAMETER_VALUE, message);
    }
}
