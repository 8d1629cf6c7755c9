package io.dosql.engine.session;

import io.dosql.engine.ResultColumn;
import io.dosql.engine.RowCursor;
import io.dosql.engine.StatementResult;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.RowIterator;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * The result of a read-only query whose rows are pulled from the operator tree as the cursor advances,
 * so a large result never sits in memory at once.
 *
 * <p>While rows remain it holds the database's shared lock, which keeps writers (other sessions'
 * and this session's) out, so the rows it returns reflect exactly the state at execution time. It never
 * blocks anyone forever: whenever a writer needs the lock, or this session runs its next statement,
 * it materialises its remaining rows into memory and releases the lock ({@link #materialize()}).
 * An error raised while fetching fails the enclosing explicit transaction, as in PostgreSQL.
 */
final class StreamingResult implements StatementResult {
    private final EmbeddedSession session;
    private final DatabaseLock lock;
    private final io.dosql.engine.mvcc.Concurrency concurrency;
    /** The snapshot rows are read through (pulled under the statement latch, like any statement). */
    private final io.dosql.engine.mvcc.TxnView view;
    /** A statement snapshot this stream releases when done (READ COMMITTED), or null. */
    private io.dosql.transaction.Snapshot ownedSnapshot;
    private final ExecutionContext context;
    private final List<ResultColumn> columns;
    private final Transaction explicitTransaction;
    private final ScheduledFuture<?> timer;
    private RowIterator iterator;
    /** Rows pulled early by {@link #materialize()}, returned before the pending failure (if any). */
    private ArrayDeque<Object[]> buffered;
    private RuntimeException pendingFailure;
    private Object[] current;
    private long count;
    private boolean finished;

    StreamingResult(EmbeddedSession session, DatabaseLock lock, io.dosql.engine.mvcc.Concurrency concurrency,
                    io.dosql.engine.mvcc.TxnView view, io.dosql.transaction.Snapshot ownedSnapshot,
                    ExecutionContext context, RowIterator iterator,
                    List<ResultColumn> columns, Transaction explicitTransaction, ScheduledFuture<?> timer) {
        this.session = session;
        this.lock = lock;
        this.concurrency = concurrency;
        this.view = view;
        this.ownedSnapshot = ownedSnapshot;
        this.context = context;
        this.iterator = iterator;
        this.columns = columns;
        this.explicitTransaction = explicitTransaction;
        this.timer = timer;
    }

    /**
     * Computes the first row before the statement returns, so errors that every row would raise
     * (SELECT 1/0, a bad cast of a constant) are reported by the execution as applications expect. On
     * failure the iterator is closed and the error thrown to the statement runner, which still owns
     * the lock; later rows' errors surface while fetching (as with a PostgreSQL portal).
     */
    synchronized void prefetch() {
        concurrency.enter(view);
        try {
            Object[] first = iterator.next();
            buffered = new ArrayDeque<>();
            if (first == null) {
                iterator.close();
                iterator = null;
                releaseSnapshot();
            } else {
                buffered.add(first);
            }
        } catch (RuntimeException | Error failure) {
            try {
                iterator.close();
            } finally {
                iterator = null;
                releaseSnapshot();
            }
            throw failure;
        } finally {
            concurrency.exit();
        }
    }

    /** A snapshot nobody releases would keep every old row version alive: give it back with the rows. */
    private void releaseSnapshot() {
        concurrency.release(ownedSnapshot);
        ownedSnapshot = null;
    }

    /** True when no rows remain to pull (the operator tree is closed). */
    synchronized boolean exhausted() {
        return iterator == null;
    }

    /** Like {@link #materialize()}, but throws the failure that reading the rest raised (scripts stop there). */
    synchronized void materializeOrThrow() {
        materialize();
        if (pendingFailure != null) {
            RuntimeException failure = pendingFailure;
            pendingFailure = null;
            throw failure;
        }
    }

    /** Pulls every remaining row into memory and releases the lock; a failure is kept for the reader. */
    synchronized void materialize() {
        if (iterator == null) {
            return;
        }
        ArrayDeque<Object[]> rows = buffered == null ? new ArrayDeque<>() : buffered;
        buffered = rows;
        concurrency.enter(view);
        try {
            for (Object[] row; (row = iterator.next()) != null; ) {
                rows.add(row);
            }
        } catch (RuntimeException | StackOverflowError failure) {
            pendingFailure = fail(failure);
        } finally {
            concurrency.exit();
        }
        release();
    }

    private synchronized boolean advance() {
        if (buffered != null && !buffered.isEmpty()) {
            current = buffered.poll();
            count++;
            return true;
        }
        if (iterator == null) {
            current = null;
            finished = true;
            if (pendingFailure != null) {
                RuntimeException failure = pendingFailure;
                pendingFailure = null;
                throw failure;
            }
            return false;
        }
        Object[] row;
        concurrency.enter(view);
        try {
            row = iterator.next();
        } catch (RuntimeException | StackOverflowError failure) {
            RuntimeException translated = fail(failure);
            concurrency.exit();
            release();
            current = null;
            finished = true;
            throw translated;
        }
        concurrency.exit();
        if (row == null) {
            release();
            current = null;
            finished = true;
            return false;
        }
        current = row;
        count++;
        return true;
    }

    private RuntimeException fail(Throwable failure) {
        if (explicitTransaction != null) {
            explicitTransaction.failed = true;
        }
        return EmbeddedSession.translate(failure);
    }

    /** Closes the operator tree and gives back the lock, the timer and the session's cancel target. */
    private void release() {
        RowIterator open = iterator;
        if (open == null) {
            return;
        }
        iterator = null;
        concurrency.enter(view);
        try {
            open.close();
        } finally {
            concurrency.exit();
            releaseSnapshot();
            if (timer != null) {
                timer.cancel(false);
            }
            session.streamFinished(this, context);
            lock.releaseStream(this);
        }
    }

    @Override
    public synchronized String commandTag() {
        if (!finished) {
            // The tag counts every row, so the rest must be read (kept for the cursor).
            materialize();
            return "SELECT " + (count + buffered.size());
        }
        return "SELECT " + count;
    }

    @Override
    public long updateCount() {
        return -1;
    }

    @Override
    public boolean hasRows() {
        return true;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public RowCursor rows() {
        return new RowCursor() {
            @Override
            public boolean next() {
                return advance();
            }

            @Override
            public Object get(int index) {
                Object[] row;
                synchronized (StreamingResult.this) {
                    row = current;
                }
                if (row == null) {
                    throw io.dosql.core.ErrorCode.INVALID_CURSOR_NAME.exception("<no current row>");
                }
                return row[index];
            }

            @Override
            public void close() {
                StreamingResult.this.close();
            }
        };
    }

    @Override
    public synchronized void close() {
        finished = true;
        buffered = null;
        pendingFailure = null;
        current = null;
        release();
    }

    @Override
    public String toString() {
        return "StreamingResult[rows read " + count + (iterator == null ? ", done]" : ", open]");
    }
}
