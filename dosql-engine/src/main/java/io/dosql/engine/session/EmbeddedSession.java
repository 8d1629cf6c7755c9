package io.dosql.engine.session;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.CatalogSnapshot;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.PreparedStatementHandle;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.Session;
import io.dosql.engine.StatementResult;
import io.dosql.engine.binder.BindingContext;
import io.dosql.engine.binder.DmlBinder;
import io.dosql.engine.binder.ParameterHints;
import io.dosql.engine.binder.QueryBinder;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.StatementEnvironment;
import io.dosql.engine.planner.DdlExecutor;
import io.dosql.engine.planner.QueryPlan;
import io.dosql.engine.planner.StatementPlan;
import io.dosql.parser.SqlParser;
import io.dosql.parser.ast.AlterSequenceStatement;
import io.dosql.parser.ast.AlterTableStatement;
import io.dosql.parser.ast.AnalyzeStatement;
import io.dosql.parser.ast.CreateIndexStatement;
import io.dosql.parser.ast.CreateSchemaStatement;
import io.dosql.parser.ast.CreateSequenceStatement;
import io.dosql.parser.ast.CreateTableStatement;
import io.dosql.parser.ast.CreateTriggerStatement;
import io.dosql.parser.ast.CreateViewStatement;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.DropStatement;
import io.dosql.parser.ast.ExplainStatement;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.MergeStatement;
import io.dosql.parser.ast.PragmaStatement;
import io.dosql.parser.ast.ReindexStatement;
import io.dosql.parser.ast.ResetStatement;
import io.dosql.parser.ast.SelectStatement;
import io.dosql.parser.ast.SetStatement;
import io.dosql.parser.ast.ShowStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.TransactionStatement;
import io.dosql.parser.ast.TruncateStatement;
import io.dosql.parser.ast.UpdateStatement;
import io.dosql.parser.ast.VacuumStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** A session on an {@link EmbeddedDatabase}: runs statements inside transactions and owns settings. */
final class EmbeddedSession implements Session, StatementEnvironment {
    /** Fires statement_timeout cancellations; one daemon thread for all sessions. */
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "dosql-statement-timeout");
                thread.setDaemon(true);
                return thread;
            });

    private final EmbeddedDatabase database;
    private final SessionSettings settings = new SessionSettings();
    private final RandomGenerator random = new SplittableRandom();
    private boolean autoCommit = true;
    private Transaction transaction;
    private volatile ExecutionContext running;
    /** Streaming query results still holding the read lock; materialised before this session's next statement. */
    private final List<StreamingResult> openStreams = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean closed;
    /** The text of the script statement running now (a DDL statement is logged as its text). */
    private String statementText;
    private final SessionSequences sequences;

    EmbeddedSession(EmbeddedDatabase database) {
        this.database = database;
        this.sequences = new SessionSequences(database.catalog);
        if (database.durable != null && !database.durable.options().synchronousCommit()) {
            settings.setDefault("synchronous_commit", "off");
        }
    }

    // ---- StatementEnvironment

    @Override
    public Catalog schemaCatalog() {
        return database.catalog;
    }

    @Override
    public void recordUndo(Runnable undo) {
        if (transaction != null) {
            transaction.record(undo);
        }
    }

    @Override
    public Runnable newestUndoSinceMark() {
        return transaction == null ? null : transaction.newestSinceMark();
    }

    @Override
    public io.dosql.engine.function.Sequences sequences() {
        return sequences;
    }

    @Override
    public void yieldToOthers() {
        database.concurrency.yieldIfContended();
    }

    @Override
    public io.dosql.engine.storage.StoreFactory storeFactory() {
        return database.stores;
    }

    @Override
    public String setting(String name) {
        return settings.get(name);
    }

    @Override
    public void setSetting(String name, String value) {
        settings.set(name, value);
    }

    // ---- Session

    @Override
    public List<StatementResult> executeScript(String sql) {
        checkOpen();
        List<StatementResult> results = new ArrayList<>();
        List<Statement> statements = SqlParser.parseScript(sql);
        List<String> texts = null;
        if (database.durable != null) {
            // DDL is logged as text: each statement needs its own.
            texts = SqlParser.splitStatements(sql);
            if (texts.size() != statements.size()) {
                statements = new ArrayList<>();
                for (String text : texts) {
                    statements.add(SqlParser.parseStatement(text));
                }
            }
        }
        for (int index = 0; index < statements.size(); index++) {
            statementText = texts == null ? null : texts.get(index);
            StatementResult result;
            try {
                result = run(statements.get(index), null, new Object[0], GeneratedKeys.NONE);
            } finally {
                statementText = null;
            }
            results.add(result);
            if (index + 1 < statements.size() && result instanceof StreamingResult stream) {
                // Like PostgreSQL's simple query protocol, an error in one statement stops the script.
                stream.materializeOrThrow();
            }
        }
        return results;
    }

    @Override
    public PreparedStatementHandle prepare(String sql, GeneratedKeys generatedKeys) {
        checkOpen();
        Statement statement = database.parsed.get(sql);
        if (statement == null) {
            statement = SqlParser.parseStatement(sql);
            if (database.parsed.size() > 10_000) {
                database.parsed.clear();
            }
            database.parsed.put(sql, statement);
        }
        return new EmbeddedPreparedStatement(this, sql, statement, generatedKeys);
    }

    @Override
    public boolean isAutoCommit() {
        return autoCommit;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) {
        checkOpen();
        if (autoCommit && !this.autoCommit && transaction != null) {
            commit();
        }
        this.autoCommit = autoCommit;
    }

    @Override
    public boolean inTransaction() {
        return transaction != null;
    }

    @Override
    public void commit() {
        checkOpen();
        materializeOpenStreams();
        if (transaction == null) {
            return;
        }
        if (transaction.failed) {
            rollback();
            return;
        }
        commitTransaction();
    }

    @Override
    public void rollback() {
        checkOpen();
        materializeOpenStreams();
        if (transaction == null) {
            return;
        }
        abortTransaction();
    }

    /** Undoes the whole transaction (under the statement latch) and ends it. */
    private void abortTransaction() {
        Transaction ending = transaction;
        if (ending.view != null) {
            database.concurrency.enter(ending.view);
            try {
                ending.rollbackAll();
                database.concurrency.aborted(ending.view);
            } finally {
                database.concurrency.exit();
            }
        }
        endTransaction();
    }

    /**
     * Ends the transaction, making its changes durable first in a durable database: the redo goes to
     * the log under the write lock; the fsync (shared with concurrent commits) is awaited after the
     * lock is released, unless synchronous_commit is off. When the log cannot be written the
     * transaction is rolled back and the error (58030/53100) raised.
     */
    private void commitTransaction() {
        Transaction ending = transaction;
        io.dosql.engine.mvcc.TxnView view = ending.view;
        if (view == null) {
            endTransaction();
            return;
        }
        io.dosql.engine.mvcc.Concurrency concurrency = database.concurrency;
        long durableAt = -1;
        concurrency.enter(view);
        try {
            try {
                concurrency.checkCommit(view);
                // nextval/setval are not transactional, but their positions must reach the log with the commit
                // of the transaction that used them, even a read-only one.
                boolean sequencesMoved = sequences.takeMoved();
                if (database.durable != null && ending.redo != null && (view.hasWrites() || !ending.redo.isEmpty()
                        || database.lock.holdsExclusive(this) || sequencesMoved)) {
                    durableAt = database.durable.commit(ending.redo, database.catalog);
                }
            } catch (RuntimeException failure) {
                ending.rollbackAll();
                concurrency.aborted(view);
                endTransaction();
                throw failure;
            }
            // Checkpoints (when due) after the commit is in the log: a failed one does not fail the commit.
            concurrency.committed(view);
        } finally {
            concurrency.exit();
        }
        endTransaction();
        if (durableAt >= 0 && !settings.synchronousCommitOff()) {
            database.durable.awaitDurable(durableAt);
        }
    }

    /** At a statement's start (its mark just taken): redo no rollback can reach goes to the log now. */
    private void writeAhead(Transaction current, Transaction.Mark mark) {
        if (database.durable != null && current.redo != null) {
            database.durable.writeAhead(current.redo, current.settledRedo(mark));
        }
    }

    private StatementResult writeAheadThen(Transaction current, Transaction.Mark mark,
                                           java.util.function.Supplier<StatementResult> statement) {
        writeAhead(current, mark);
        return statement.get();
    }

    private void endTransaction() {
        Transaction ending = transaction;
        transaction = null;
        if (ending != null) {
            database.concurrency.release(ending.snapshot);
            ending.snapshot = null;
            if (ending.redo != null) {
                database.durable.ended(ending.redo);
                ending.redo.release(); // written to the log, or rolled back
            }
        }
        database.lock.release(this);
        settings.resetTransactionIsolation();
    }

    /** A new transaction at the session's default isolation ({@code explicit}: opened by BEGIN). */
    private Transaction newTransaction(boolean explicit) {
        return new Transaction(System.currentTimeMillis(), explicit, database.durable,
                settings.defaultIsolation());
    }

    /**
     * Sets the snapshot a statement reads through: the transaction's (REPEATABLE READ, SERIALIZABLE; taken
     * by its first statement) or a new one per statement (READ COMMITTED), which is returned for release.
     */
    private io.dosql.transaction.Snapshot startSnapshot(Transaction current, io.dosql.engine.mvcc.TxnView view) {
        io.dosql.engine.mvcc.Concurrency concurrency = database.concurrency;
        if (current.isolation.transactionSnapshot()) {
            if (current.snapshot == null) {
                current.snapshot = concurrency.snapshot(view.txn());
            }
            view.setSnapshot(current.snapshot);
            return null;
        }
        io.dosql.transaction.Snapshot statementSnapshot = concurrency.snapshot(view.txn());
        view.setSnapshot(statementSnapshot);
        return statementSnapshot;
    }

    /** A statement's execution context; it becomes what {@link #cancel} and lock waits look at. */
    private ExecutionContext startStatement(Object[] parameters, Transaction current, io.dosql.engine.mvcc.TxnView view,
                                            long timeout) {
        ExecutionContext context = new ExecutionContext(parameters, System.currentTimeMillis(), current.startedAt,
                random, this);
        view.setLockLimits(timeout, context::checkCanceled);
        running = context;
        return context;
    }

    /** Cancels {@code context} when statement_timeout passes; null when there is none. */
    private java.util.concurrent.ScheduledFuture<?> statementTimer(ExecutionContext context) {
        long statementTimeout = settings.statementTimeoutMillis();
        if (statementTimeout <= 0) {
            return null;
        }
        return TIMER.schedule(() -> context.cancel("statement timeout"), statementTimeout,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The transaction's MVCC view, begun by its first statement (the isolation level is fixed then). */
    private io.dosql.engine.mvcc.TxnView startView(Transaction current) {
        if (current.view == null) {
            current.view = new io.dosql.engine.mvcc.TxnView(database.concurrency.begin(current.isolation), current.redo);
        }
        return current.view;
    }

    @Override
    public void cancel() {
        ExecutionContext context = running;
        if (context != null) {
            context.cancel();
        }
    }

    @Override
    public CatalogSnapshot catalog() {
        return CatalogSnapshots.of(database.catalog);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        for (StreamingResult stream : openStreams) {
            stream.close();
        }
        if (transaction != null) {
            abortTransaction();
        }
        closed = true;
    }

    private void checkOpen() {
        if (closed || database.isClosed()) {
            throw ErrorCode.CONNECTION_DOES_NOT_EXIST.exception();
        }
    }

    // ---- running statements

    /** Plans {@code statement} (cached by SQL text when {@code sql} is given). Null for utility statements. */
    StatementPlan planFor(Statement statement, String sql, GeneratedKeys keys) {
        return planFor(statement, sql, keys, null);
    }

    /**
     * Plans {@code statement} knowing the values about to be bound: like pgjdbc, which sends int4 for an
     * Integer, a parameter that nothing else types takes its type from its value ({@link ParameterHints}).
     */
    StatementPlan planFor(Statement statement, String sql, GeneratedKeys keys, Object[] parameters) {
        if (!(statement instanceof SelectStatement || statement instanceof InsertStatement
                || statement instanceof UpdateStatement || statement instanceof DeleteStatement
                || statement instanceof MergeStatement)) {
            return null;
        }
        Catalog catalog = database.catalog;
        List<String> searchPath = settings.searchPath();
        // A prepared statement runs the same parsed statement again and again: remember its plan here,
        // without building the shared cache's text key (or the hint list) each time.
        // Planning without values (a JDBC statement asking for its metadata when prepared) is remembered
        // apart, so that it does not displace the plan its executions use.
        java.util.Map<Statement, RecentPlan> recentPlans = parameters == null ? recentMetadataPlans : this.recentPlans;
        RecentPlan recent = recentPlans.get(statement);
        if (recent != null && recent.version() == catalog.version() && recent.searchPath() == searchPath
                && recent.keys().equals(keys) && (sameClasses(recent.valueClasses(), parameters)
                || ParameterHints.matches(recent.hints(), parameters))) {
            return recent.plan(); // values of the same classes give the same hints
        }
        List<SqlType> hints = ParameterHints.of(parameters);
        long version = catalog.version();
        StatementPlan planned = planThroughCache(statement, sql, keys, catalog, searchPath, hints);
        if (recentPlans.size() >= 256) {
            recentPlans.clear();
        }
        recentPlans.put(statement, new RecentPlan(version, searchPath, keys, hints, classesOf(parameters), planned));
        return planned;
    }

    /** A plan this session used for a parsed statement, valid while what it was bound under holds. */
    private record RecentPlan(long version, List<String> searchPath, GeneratedKeys keys, List<SqlType> hints,
                              Class<?>[] valueClasses, StatementPlan plan) {
    }

    /** The classes of the values (null for NULL), or null without values. */
    private static Class<?>[] classesOf(Object[] parameters) {
        if (parameters == null) {
            return null;
        }
        Class<?>[] classes = new Class<?>[parameters.length];
        for (int index = 0; index < parameters.length; index++) {
            classes[index] = parameters[index] == null ? null : parameters[index].getClass();
        }
        return classes;
    }

    /** Whether two parameter sets hold values of the same classes (nulls where the other has nulls). */
    private static boolean sameValueClasses(Object[] left, Object[] right) {
        if (left.length != right.length) {
            return false;
        }
        for (int index = 0; index < left.length; index++) {
            Object a = left[index];
            Object b = right[index];
            if (a == null ? b != null : b == null || a.getClass() != b.getClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameClasses(Class<?>[] classes, Object[] parameters) {
        if (classes == null || parameters == null || classes.length != parameters.length) {
            return false;
        }
        for (int index = 0; index < classes.length; index++) {
            Object value = parameters[index];
            if (classes[index] != (value == null ? null : value.getClass())) {
                return false;
            }
        }
        return true;
    }

    private final java.util.Map<Statement, RecentPlan> recentPlans = new java.util.IdentityHashMap<>();
    private final java.util.Map<Statement, RecentPlan> recentMetadataPlans = new java.util.IdentityHashMap<>();

    private StatementPlan planThroughCache(Statement statement, String sql, GeneratedKeys keys, Catalog catalog,
                                           List<String> searchPath, List<SqlType> hints) {
        String cacheKey = sql == null ? null : (keys.requested() ? keys + "\u0000" + sql : sql);
        if (cacheKey != null && !searchPath.equals(List.of("public"))) {
            // The same text binds to other tables under another search_path.
            cacheKey = searchPath + "\u0001" + cacheKey;
        }
        if (cacheKey != null && !hints.isEmpty()) {
            cacheKey = ParameterHints.signature(hints) + "\u0002" + cacheKey;
        }
        if (cacheKey != null) {
            EmbeddedDatabase.CachedPlan cached = database.plans.get(cacheKey);
            if (cached != null && cached.catalogVersion() == catalog.version()) {
                return cached.plan();
            }
        }
        long version = catalog.version();
        StatementPlan plan = Catalog.withSearchPath(searchPath, () -> bind(statement, keys, hints));
        if (cacheKey != null) {
            if (database.plans.size() > 5_000) {
                database.plans.clear();
            }
            database.plans.put(cacheKey, new EmbeddedDatabase.CachedPlan(version, plan));
        }
        return plan;
    }

    private StatementPlan bind(Statement statement, GeneratedKeys keys, List<SqlType> parameterHints) {
        BindingContext context = new BindingContext(database.catalog, parameterHints);
        if (statement instanceof SelectStatement select) {
            if (select.query().locking() != null) {
                return new io.dosql.engine.binder.LockingSelectBinder(context).bind(select.query());
            }
            return new QueryPlan(new QueryBinder(context).bindQuery(select.query(), null), context.parameterTypes());
        }
        DmlBinder binder = new DmlBinder(context);
        if (statement instanceof InsertStatement insert) {
            return binder.bindInsert(insert, keys);
        }
        if (statement instanceof UpdateStatement update) {
            return binder.bindUpdate(update, keys);
        }
        if (statement instanceof MergeStatement merge) {
            return binder.bindMerge(merge);
        }
        return binder.bindDelete((DeleteStatement) statement, keys);
    }

    private static boolean writes(Statement statement) {
        return !(statement instanceof SelectStatement || statement instanceof ShowStatement
                || statement instanceof SetStatement || statement instanceof ResetStatement
                || statement instanceof ExplainStatement explain && !explain.analyze()
                || statement instanceof PragmaStatement || statement instanceof VacuumStatement
                || statement instanceof AnalyzeStatement);
    }

    /** Runs one statement with the transaction rules (auto-commit, 25P02, statement atomicity). */
    StatementResult run(Statement statement, String sql, Object[] parameters, GeneratedKeys keys) {
        checkOpen();
        // Unqualified names resolve through this session's search_path while the statement binds and runs.
        return Catalog.withSearchPath(settings.searchPath(), () -> runInSearchPath(statement, sql, parameters, keys));
    }

    private StatementResult runInSearchPath(Statement statement, String sql, Object[] parameters, GeneratedKeys keys) {
        // A still-open streaming result must not see what this statement changes (nor hold the lock it needs).
        materializeOpenStreams();
        if (statement instanceof TransactionStatement control) {
            return transactionControl(control);
        }
        if (transaction != null && transaction.failed) {
            throw ErrorCode.IN_FAILED_SQL_TRANSACTION.exception();
        }
        if (statement instanceof SetStatement || statement instanceof ShowStatement
                || statement instanceof ResetStatement) {
            // Settings touch no table: no snapshot, and SET TRANSACTION may still follow.
            return runSetting(statement);
        }
        long timeout = settings.lockTimeoutMillis();
        boolean implicitTransaction = false;
        if (transaction == null) {
            implicitTransaction = autoCommit;
            transaction = newTransaction(false);
        }
        Transaction current = transaction;
        io.dosql.engine.mvcc.TxnView view = startView(current);
        io.dosql.engine.mvcc.Concurrency concurrency = database.concurrency;
        try {
            if (changesCatalog(statement)) {
                database.lock.acquireExclusive(this, timeout);
            } else {
                database.lock.acquireShared(this, timeout);
            }
        } catch (DoSqlException failure) {
            if (implicitTransaction) {
                abortTransaction();
            }
            throw failure;
        }
        io.dosql.transaction.Snapshot statementSnapshot = startSnapshot(current, view);
        ExecutionContext context = startStatement(parameters, current, view, timeout);
        java.util.concurrent.ScheduledFuture<?> timer = statementTimer(context);
        boolean handedOver = false;
        StatementResult committed;
        concurrency.enter(view);
        Transaction.Mark mark = current.mark();
        try {
            writeAhead(current, mark);
            StatementResult result = null;
            StatementPlan plan = statement instanceof SelectStatement select && select.query().locking() == null
                    ? planFor(statement, sql, keys, parameters) : null;
            if (plan instanceof QueryPlan query) {
                // Read-only query: rows are pulled lazily under the statement's snapshot.
                boolean ownsSnapshot = implicitTransaction || statementSnapshot != null;
                io.dosql.transaction.Snapshot streamSnapshot = view.snapshot();
                if (implicitTransaction && statementSnapshot == null) {
                    // The transaction's snapshot ends with it; the stream outlives it and needs its own.
                    streamSnapshot = concurrency.snapshot(view.txn());
                }
                StreamingResult stream = new StreamingResult(this, database.lock, concurrency,
                        view.readOnlyCopy(streamSnapshot), ownsSnapshot ? streamSnapshot : null, context,
                        query.open(context), query.columns(), implicitTransaction ? null : current, timer);
                if (ownsSnapshot) {
                    statementSnapshot = null;
                }
                stream.prefetch();
                if (implicitTransaction && database.durable != null && sequences.movedSinceCommit()) {
                    // The implicit transaction commits below: the positions its rows take must be logged by it.
                    stream.materialize();
                }
                if (!stream.exhausted()) {
                    openStreams.add(stream);
                    if (implicitTransaction) {
                        database.lock.keepForStream(stream);
                    }
                    handedOver = true;
                }
                result = stream;
            } else {
                io.dosql.transaction.Snapshot[] snapshotHolder = {statementSnapshot};
                try {
                    result = dispatchRestarting(statement, sql, keys, context, parameters, current, mark, snapshotHolder);
                } finally {
                    statementSnapshot = snapshotHolder[0];
                }
            }
            if (implicitTransaction) {
                // Outside the undo below: once the commit is in the log it can no longer be rolled back.
                committed = result;
            } else {
                return result;
            }
        } catch (RuntimeException | StackOverflowError failure) {
            current.rollbackTo(mark);
            if (implicitTransaction) {
                concurrency.aborted(view);
                endTransaction();
            } else {
                current.failed = true;
            }
            throw translate(failure);
        } finally {
            concurrency.exit();
            concurrency.release(statementSnapshot);
            if (!handedOver) {
                if (timer != null) {
                    timer.cancel(false);
                }
                running = null;
            }
        }
        commitTransaction();
        return committed;
    }

    /**
     * Dispatches a statement; when READ COMMITTED meets a row changed after its snapshot, undoes it and
     * runs it again on a new snapshot ({@code statementSnapshot[0]} follows the snapshot in use).
     */
    private StatementResult dispatchRestarting(Statement statement, String sql, GeneratedKeys keys,
                                               ExecutionContext context, Object[] parameters, Transaction current,
                                               Transaction.Mark mark, io.dosql.transaction.Snapshot[] statementSnapshot) {
        io.dosql.engine.mvcc.Concurrency concurrency = database.concurrency;
        for (int attempt = 0; ; attempt++) {
            try {
                return dispatch(statement, sql, keys, context, parameters);
            } catch (io.dosql.engine.mvcc.StatementRestart restart) {
                if (attempt >= 1000) {
                    throw restart;
                }
                current.rollbackTo(mark);
                concurrency.release(statementSnapshot[0]);
                statementSnapshot[0] = concurrency.snapshot(current.view.txn());
                current.view.setSnapshot(statementSnapshot[0]);
            }
        }
    }

    /** Whether {@link #runBatch} may run {@code statement}'s sets in one frame (else each set is run alone). */
    boolean batchable(Statement statement, GeneratedKeys keys) {
        return !keys.requested() && (transaction != null || !autoCommit) && !closed
                && (statement instanceof InsertStatement || statement instanceof UpdateStatement
                || statement instanceof DeleteStatement);
    }

    /**
     * Runs a prepared INSERT, UPDATE or DELETE once per parameter set inside the open transaction. Each
     * set is a statement of its own (its own snapshot under READ COMMITTED, its own undo mark, and a
     * failure fails the transaction as a statement's would), but the search_path frame, the schema lock
     * and the transaction's view are set up once for the batch.
     */
    void runBatch(Statement statement, String sql, List<Object[]> sets, PreparedStatementHandle.BatchProgress progress) {
        checkOpen();
        Catalog.withSearchPath(settings.searchPath(), () -> {
            materializeOpenStreams();
            if (transaction != null && transaction.failed) {
                throw ErrorCode.IN_FAILED_SQL_TRANSACTION.exception();
            }
            if (transaction == null) {
                transaction = newTransaction(false);
            }
            Transaction current = transaction;
            io.dosql.engine.mvcc.TxnView view = startView(current);
            long timeout = settings.lockTimeoutMillis();
            database.lock.acquireShared(this, timeout);
            if (!sets.isEmpty() && insertsValuesOnly(statement, sql, sets.get(0))) {
                runInsertSets(statement, sql, sets, current, view, timeout, progress);
                return null;
            }
            for (int index = 0; index < sets.size(); index++) {
                progress.completed(index, runBatchSet(statement, sql, sets.get(index), current, view, timeout));
            }
            return null;
        });
    }

    /** Whether {@code statement} is an INSERT of one VALUES row of parameters and constants into a table without triggers. */
    private boolean insertsValuesOnly(Statement statement, String sql, Object[] parameters) {
        if (!(statement instanceof InsertStatement) || settings.statementTimeoutMillis() > 0) {
            return false;
        }
        StatementPlan plan;
        try {
            plan = io.dosql.engine.trigger.InsteadOfPlan.forStatement(statement, database.catalog) == null
                    ? planFor(statement, sql, GeneratedKeys.NONE, parameters) : null;
        } catch (RuntimeException planningFailed) {
            return false; // the per-set path reports it as a statement would
        }
        if (!(plan instanceof io.dosql.engine.planner.InsertPlan insert) || !insert.writesOneValuesRow()) {
            return false;
        }
        Catalog.Schema schema = database.catalog.schema(insert.table().schema);
        return schema != null && schema.triggers.values().stream().noneMatch(trigger -> trigger.table == insert.table());
    }

    /**
     * The sets of a batched INSERT of one VALUES row, under one snapshot, latch entry and undo mark. That
     * differs from a statement per set in nothing a session can see: such an insert reads nothing a
     * snapshot decides, and when a set fails the transaction is failed, so the sets before it are only
     * ever rolled back together with it (by ROLLBACK, or to a savepoint from before the batch).
     */
    private void runInsertSets(Statement statement, String sql, List<Object[]> sets, Transaction current,
                               io.dosql.engine.mvcc.TxnView view, long timeout,
                               PreparedStatementHandle.BatchProgress progress) {
        io.dosql.engine.mvcc.Concurrency concurrency = database.concurrency;
        io.dosql.transaction.Snapshot statementSnapshot = startSnapshot(current, view);
        concurrency.enter(view);
        Transaction.Mark mark = current.mark();
        try {
            writeAhead(current, mark);
            io.dosql.engine.planner.InsertPlan plan = null;
            Object[] planned = null;
            ExecutionContext context = null;
            io.dosql.engine.execution.TableWriter writer = null;
            for (int index = 0; index < sets.size(); index++) {
                Object[] parameters = sets.get(index);
                if (context == null) {
                    context = startStatement(parameters, current, view, timeout);
                } else {
                    context.nextParameterSet(parameters, System.currentTimeMillis());
                }
                // Nothing a plan depends on changes within the batch but the values' classes.
                if (plan == null || !sameValueClasses(planned, parameters)) {
                    plan = (io.dosql.engine.planner.InsertPlan) planFor(statement, sql, GeneratedKeys.NONE, parameters);
                    planned = parameters;
                    writer = plan.newWriter(context);
                }
                progress.completed(index, plan.executeCounting(context, writer));
                if ((index & 63) == 63) {
                    concurrency.yieldIfContended(); // between statements: other sessions' statements may run
                }
            }
        } catch (RuntimeException | StackOverflowError failure) {
            current.rollbackTo(mark);
            current.failed = true;
            throw translate(failure);
        } finally {
            concurrency.exit();
            concurrency.release(statementSnapshot);
            running = null;
        }
    }

    private long runBatchSet(Statement statement, String sql, Object[] parameters, Transaction current,
                             io.dosql.engine.mvcc.TxnView view, long timeout) {
        io.dosql.engine.mvcc.Concurrency concurrency = database.concurrency;
        io.dosql.transaction.Snapshot[] statementSnapshot = {startSnapshot(current, view)};
        ExecutionContext context = startStatement(parameters, current, view, timeout);
        java.util.concurrent.ScheduledFuture<?> timer = statementTimer(context);
        concurrency.enter(view);
        Transaction.Mark mark = current.mark();
        try (StatementResult result = writeAheadThen(current, mark, () -> dispatchRestarting(statement, sql,
                GeneratedKeys.NONE, context, parameters, current, mark, statementSnapshot))) {
            return Math.max(0, result.updateCount());
        } catch (RuntimeException | StackOverflowError failure) {
            current.rollbackTo(mark);
            current.failed = true;
            throw translate(failure);
        } finally {
            concurrency.exit();
            concurrency.release(statementSnapshot[0]);
            if (timer != null) {
                timer.cancel(false);
            }
            running = null;
        }
    }

    private StatementResult runSetting(Statement statement) {
        if (statement instanceof ShowStatement show) {
            return settings.show(show.name());
        }
        if (statement instanceof ResetStatement reset) {
            settings.reset(reset.name());
            return MaterializedResult.command("RESET");
        }
        SetStatement set = (SetStatement) statement;
        String name = set.name().toLowerCase(java.util.Locale.ROOT);
        String previous = settings.get(name);
        settings.set(set);
        if (name.equals("default_transaction_isolation") || name.equals("transaction_isolation")) {
            String value = settings.get(name);
            io.dosql.transaction.IsolationLevel level = value == null ? null : io.dosql.transaction.IsolationLevel.parse(value);
            if (level == null) {
                settings.set(name, previous);
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid value for parameter \"" + name + "\": \""
                        + value + "\"").withHint("Available values: serializable, repeatable read, read committed, read uncommitted.");
            }
            settings.set(name, level.settingValue());
            if (name.equals("transaction_isolation")) {
                // Like SET TRANSACTION ISOLATION LEVEL: for the open transaction, before its first query.
                if (transaction != null && transaction.view != null) {
                    settings.set(name, previous);
                    throw ErrorCode.ACTIVE_SQL_TRANSACTION.exception(
                            "SET TRANSACTION ISOLATION LEVEL must be called before any query");
                }
                if (transaction != null) {
                    transaction.isolation = level;
                } else {
                    settings.set(name, settings.get("default_transaction_isolation"));
                }
            } else if (transaction == null) {
                settings.set("transaction_isolation", level.settingValue());
            }
        }
        return MaterializedResult.command("SET");
    }

    /** Statements that change the catalog take the schema lock exclusively. */
    private static boolean changesCatalog(Statement statement) {
        return writes(statement) && !(statement instanceof InsertStatement || statement instanceof UpdateStatement
                || statement instanceof DeleteStatement || statement instanceof MergeStatement
                || statement instanceof ExplainStatement || statement instanceof ReindexStatement);
    }

    private void materializeOpenStreams() {
        for (StreamingResult stream : openStreams) {
            stream.materialize();
        }
    }

    /** Called by a stream once it has released its lock: it is no longer this session's cancel target. */
    void streamFinished(StreamingResult stream, ExecutionContext context) {
        openStreams.remove(stream);
        if (running == context) {
            running = null;
        }
    }

    static DoSqlException translate(Throwable failure) {
        if (failure instanceof DoSqlException sqlException) {
            return sqlException;
        }
        if (failure instanceof io.dosql.engine.mvcc.StatementRestart restart) {
            return restart.asError();
        }
        if (failure instanceof StackOverflowError) {
            return ErrorCode.STATEMENT_TOO_COMPLEX.exception("stack depth limit exceeded");
        }
        if (failure instanceof ArithmeticException) {
            return ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("value");
        }
        return new DoSqlException(ErrorCode.INTERNAL_ERROR, String.valueOf(failure), failure);
    }

    private StatementResult dispatch(Statement statement, String sql, GeneratedKeys keys, ExecutionContext context,
                                     Object[] parameters) {
        StatementPlan plan = io.dosql.engine.trigger.InsteadOfPlan.forStatement(statement, database.catalog);
        if (plan == null) {
            plan = planFor(statement, sql, keys, parameters);
        }
        if (plan != null) {
            return plan.execute(context);
        }
        if (database.durable != null && isLoggedDdl(statement)) {
            return runLogged(statement, sql, parameters, keys, context);
        }
        return dispatchUtility(statement, keys, context);
    }

    /** DDL changes the catalog; in a durable database it is logged as its text and search_path. */
    private static boolean isLoggedDdl(Statement statement) {
        return statement instanceof CreateTableStatement || statement instanceof CreateIndexStatement
                || statement instanceof CreateViewStatement || statement instanceof CreateSchemaStatement
                || statement instanceof DropStatement || statement instanceof AlterTableStatement
                || statement instanceof TruncateStatement || statement instanceof CreateTriggerStatement
                || statement instanceof CreateSequenceStatement || statement instanceof AlterSequenceStatement
                || statement instanceof io.dosql.parser.ast.CommentStatement;
    }

    /**
     * Runs a DDL statement with logging of store changes suspended (re-executing the text on replay
     * makes them again), then logs the statement. Volatile expressions it evaluates (random() in
     * CREATE TABLE AS, a volatile ADD COLUMN default) are evaluated again on replay.
     */
    private StatementResult runLogged(Statement statement, String sql, Object[] parameters, GeneratedKeys keys,
                                      ExecutionContext context) {
        String text = sql != null ? sql : statementText;
        if (text == null) {
            throw ErrorCode.INTERNAL_ERROR.exception("DDL without its SQL text cannot be logged");
        }
        io.dosql.engine.durable.RedoBuffer redo = transaction.redo;
        StatementResult result;
        redo.suspend();
        try {
            result = dispatchUtility(statement, keys, context);
        } finally {
            redo.resume();
        }
        redo.ddl(settings.searchPath(), text, parameters);
        return result;
    }

    /** Recovery: runs a logged DDL statement as it ran first (same text, search_path and parameters). */
    void runLoggedDdl(String sql, List<String> searchPath, Object[] parameters) {
        try {
            Statement statement = SqlParser.parseStatement(sql);
            Catalog.withSearchPath(searchPath, () -> runInSearchPath(statement, sql, parameters, GeneratedKeys.NONE));
        } catch (DoSqlException failure) {
            throw new DoSqlException(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.format(
                    "recovery could not replay the logged statement \"" + sql + "\": " + failure.getMessage()), failure);
        }
    }

    private StatementResult dispatchUtility(Statement statement, GeneratedKeys keys, ExecutionContext context) {
        DdlExecutor ddl = new DdlExecutor(context);
        if (statement instanceof CreateTableStatement create) {
            return ddl.createTable(create);
        }
        if (statement instanceof CreateIndexStatement create) {
            return ddl.createIndex(create);
        }
        if (statement instanceof CreateViewStatement create) {
            return ddl.createView(create);
        }
        if (statement instanceof CreateSchemaStatement create) {
            return ddl.createSchema(create);
        }
        if (statement instanceof DropStatement drop) {
            return ddl.drop(drop);
        }
        if (statement instanceof AlterTableStatement alter) {
            return ddl.alterTable(alter);
        }
        if (statement instanceof TruncateStatement truncate) {
            return ddl.truncate(truncate);
        }
        if (statement instanceof io.dosql.parser.ast.CommentStatement comment) {
            return ddl.comment(comment);
        }
        if (statement instanceof CreateSequenceStatement create) {
            return new io.dosql.engine.planner.SequenceDdl(this).create(create);
        }
        if (statement instanceof AlterSequenceStatement alter) {
            return new io.dosql.engine.planner.SequenceDdl(this).alter(alter);
        }
        if (statement instanceof ExplainStatement explain) {
            return explain(explain, keys, context);
        }
        if (statement instanceof ShowStatement show) {
            return settings.show(show.name());
        }
        if (statement instanceof SetStatement set) {
            settings.set(set);
            return MaterializedResult.command("SET");
        }
        if (statement instanceof ResetStatement reset) {
            settings.reset(reset.name());
            return MaterializedResult.command("RESET");
        }
        if (statement instanceof AnalyzeStatement analyze) {
            for (Catalog.Schema schema : database.catalog.schemas()) {
                for (TableInfo table : schema.tables.values()) {
                    if (analyze.table() == null || analyze.table().name().equals(table.name)) {
                        table.analyzedRowCount = table.store.rowCount();
                    }
                }
            }
            return MaterializedResult.command("ANALYZE");
        }
        if (statement instanceof VacuumStatement) {
            return MaterializedResult.command("VACUUM");
        }
        if (statement instanceof ReindexStatement reindex) {
            if (reindex.name() != null && database.catalog.findIndex(reindex.name().schema(), reindex.name().name()) == null
                    && database.catalog.findTable(reindex.name().schema(), reindex.name().name()) == null) {
                throw ErrorCode.UNDEFINED_OBJECT.exception("index \"" + reindex.name() + "\"");
            }
            return MaterializedResult.command("REINDEX");
        }
        if (statement instanceof PragmaStatement) {
            return MaterializedResult.command("PRAGMA");
        }
        if (statement instanceof CreateTriggerStatement create) {
            return new io.dosql.engine.trigger.TriggerDdl(this).create(create);
        }
        throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(statement.getClass().getSimpleName());
    }

    private StatementResult explain(ExplainStatement explain, GeneratedKeys keys, ExecutionContext context) {
        StatementPlan plan = planFor(explain.statement(), null, keys);
        if (plan == null) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("EXPLAIN of this statement");
        }
        ExecutionContext analyzed = null;
        if (explain.analyze()) {
            context.enableAnalyze();
            plan.execute(context);
            analyzed = context;
        }
        List<Object[]> rows = new ArrayList<>();
        for (String line : plan.explain(analyzed)) {
            rows.add(new Object[] {line});
        }
        return new MaterializedResult("EXPLAIN", -1, List.of(ResultColumn.computed("QUERY PLAN", SqlType.TEXT)), rows);
    }

    private StatementResult transactionControl(TransactionStatement control) {
        switch (control.kind()) {
            case BEGIN:
                if (transaction == null) {
                    transaction = newTransaction(true);
                    setIsolation(control);
                }
                // Inside a transaction PostgreSQL only warns.
                return MaterializedResult.command("BEGIN");
            case COMMIT:
                if (transaction != null && transaction.failed) {
                    rollback();
                    return MaterializedResult.command("ROLLBACK");
                }
                commit();
                return MaterializedResult.command("COMMIT");
            case ROLLBACK:
                rollback();
                return MaterializedResult.command("ROLLBACK");
            case SAVEPOINT:
                requireTransactionBlock("SAVEPOINT");
                if (transaction.failed) {
                    throw ErrorCode.IN_FAILED_SQL_TRANSACTION.exception();
                }
                transaction.savepoint(control.savepoint());
                return MaterializedResult.command("SAVEPOINT");
            case RELEASE_SAVEPOINT: {
                requireTransactionBlock("RELEASE SAVEPOINT");
                int position = findSavepoint(control.savepoint());
                transaction.releaseSavepoint(position);
                return MaterializedResult.command("RELEASE");
            }
            case ROLLBACK_TO_SAVEPOINT: {
                requireTransactionBlock("ROLLBACK TO SAVEPOINT");
                int position = findSavepoint(control.savepoint());
                if (transaction.view != null) {
                    database.concurrency.enter(transaction.view);
                    try {
                        transaction.rollbackToSavepoint(position);
                    } finally {
                        database.concurrency.exit();
                    }
                } else {
                    transaction.rollbackToSavepoint(position);
                }
                transaction.failed = false;
                return MaterializedResult.command("ROLLBACK");
            }
            default:
                if (control.isolationLevel() != null) {
                    if (transaction == null && autoCommit) {
                        // PostgreSQL only warns; the level applies to no transaction.
                        return MaterializedResult.command("SET");
                    }
                    if (transaction == null) {
                        // Autocommit off: the statement opens the transaction it sets up (pgjdbc sends BEGIN first).
                        transaction = newTransaction(false);
                    }
                    if (transaction.view != null) {
                        throw ErrorCode.ACTIVE_SQL_TRANSACTION.exception(
                                "SET TRANSACTION ISOLATION LEVEL must be called before any query");
                    }
                    setIsolation(control);
                }
                return MaterializedResult.command("SET");
        }
    }

    private static io.dosql.transaction.IsolationLevel isolationOf(TransactionStatement control) {
        return io.dosql.transaction.IsolationLevel.parse(control.isolationLevel().name());
    }

    /** BEGIN ISOLATION LEVEL … / SET TRANSACTION ISOLATION LEVEL …: before the first statement only. */
    private void setIsolation(TransactionStatement control) {
        if (control.isolationLevel() == null) {
            return;
        }
        io.dosql.transaction.IsolationLevel level = isolationOf(control);
        transaction.isolation = level;
        settings.set("transaction_isolation", level.settingValue());
    }

    private void requireTransactionBlock(String what) {
        if (transaction == null) {
            throw ErrorCode.NO_ACTIVE_SQL_TRANSACTION.exception(what + " can only be used in transaction blocks");
        }
    }

    private int findSavepoint(String name) {
        int position = transaction.findSavepoint(name);
        if (position < 0) {
            transaction.failed = true;
            throw new DoSqlException(ErrorCode.UNDEFINED_OBJECT, "savepoint \"" + name + "\" does not exist")
                    .withHint(null);
        }
        return position;
    }
}
