package io.dosql.jdbc.isolation;

import static io.dosql.jdbc.isolation.Sessions.assertBlocked;
import static io.dosql.jdbc.isolation.Sessions.assertFails;
import static io.dosql.jdbc.isolation.Sessions.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Row locks as PostgreSQL takes them: deadlocks, SELECT … FOR UPDATE (NOWAIT, SKIP LOCKED), lock_timeout,
 * readers and writers not blocking each other, unique keys under concurrent inserts, transactional DDL.
 */
@Timeout(60)
class LockingTest {
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String UNDEFINED_TABLE = "42P01";

    private Sessions sessions;
    private Session t1;
    private Session t2;

    private void open(Target target, Isolation level, LevelForm form) throws Exception {
        sessions = new Sessions(target);
        sessions.database.createHermitageTable();
        t1 = sessions.open("T1", level, form);
        t2 = sessions.open("T2", level, form);
    }

    private void open(Target target) throws Exception {
        open(target, Isolation.READ_COMMITTED, LevelForm.JDBC);
    }

    @AfterEach
    void closeSessions() throws Exception {
        if (sessions != null) {
            sessions.close();
        }
    }

    /** Two sessions updating rows 1 and 2 in opposite orders: one is the deadlock victim, the other goes on. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void deadlockAbortsOneOfTheTwo(Target target) throws Exception {
        open(target);
        t1.exec("update test set value = 11 where id = 1");
        t2.exec("update test set value = 22 where id = 2");
        Future<Session.Result> t1Second = t1.submit("update test set value = 12 where id = 2");
        assertBlocked(t1Second);
        Future<Session.Result> t2Second = t2.submit("update test set value = 21 where id = 1");
        Future<Session.Result> first = Sessions.firstFailed(t1Second, t2Second);
        Session victim = first == t1Second ? t1 : t2;
        Session survivor = first == t1Second ? t2 : t1;
        Future<Session.Result> survivorStep = first == t1Second ? t2Second : t1Second;
        assertFails(first, DEADLOCK_DETECTED);
        victim.rollback();
        assertThat(Session.await(survivorStep).updateCount()).isEqualTo(1);
        survivor.commit();
        assertThat(sessions.table()).isEqualTo(survivor == t1 ? rows(1, 11, 2, 12) : rows(1, 21, 2, 22));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void selectForUpdateBlocksAConcurrentUpdate(Target target) throws Exception {
        open(target);
        assertThat(t1.idValues("select * from test where id = 1 for update")).isEqualTo(rows(1, 10));
        Future<Session.Result> t2Update = t2.submit("update test set value = value + 1 where id = 1");
        assertBlocked(t2Update);
        t1.exec("update test set value = 100 where id = 1");
        t1.commit();
        // READ COMMITTED re-reads the newest version: 100 + 1.
        assertThat(Session.await(t2Update).updateCount()).isEqualTo(1);
        t2.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 101, 2, 20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void forUpdateOfAnotherRowDoesNotBlock(Target target) throws Exception {
        open(target);
        t1.exec("select * from test where id = 1 for update");
        assertThat(t2.exec("update test set value = 21 where id = 2").updateCount()).isEqualTo(1);
        t2.commit();
        t1.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 10, 2, 21));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void forUpdateNowaitFailsOnALockedRow(Target target) throws Exception {
        open(target);
        t1.exec("select * from test where id = 1 for update");
        assertFails(t2.submit("select * from test where id = 1 for update nowait"), LOCK_NOT_AVAILABLE);
        t2.rollback();
        assertThat(t2.idValues("select * from test where id = 2 for update nowait")).isEqualTo(rows(2, 20));
        t2.commit();
        t1.commit();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void forUpdateSkipLockedSkipsTheLockedRow(Target target) throws Exception {
        open(target);
        t1.exec("select * from test where id = 1 for update");
        assertThat(t2.idValues("select * from test order by id for update skip locked")).isEqualTo(rows(2, 20));
        t1.commit();
        t2.commit();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void lockTimeoutGivesUpWaiting(Target target) throws Exception {
        open(target);
        t2.exec("set lock_timeout = '200ms'");
        t2.commit();
        t1.exec("update test set value = 11 where id = 1");
        assertFails(t2.submit("update test set value = 12 where id = 1"), LOCK_NOT_AVAILABLE);
        t2.rollback();
        t1.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 20));
    }

    /** A reader holding a snapshot open does not delay a writer, and keeps its snapshot. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void readersDoNotBlockWriters(Target target) throws Exception {
        open(target, Isolation.REPEATABLE_READ, LevelForm.SET_TRANSACTION);
        assertThat(t1.idValues("select * from test")).isEqualTo(rows(1, 10, 2, 20));
        Future<Session.Result> update = t2.submit("update test set value = 11 where id = 1");
        assertThat(Session.await(update).updateCount()).isEqualTo(1);
        Future<Void> commit = t2.submitCommit();
        Session.await(commit);
        assertThat(t1.idValues("select * from test")).isEqualTo(rows(1, 10, 2, 20));
        t1.commit();
        assertThat(t1.idValues("select * from test")).isEqualTo(rows(1, 11, 2, 20));
        t1.commit();
    }

    /** An uncommitted update does not delay a reader, which sees the committed value. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void writersDoNotBlockReaders(Target target) throws Exception {
        open(target);
        t1.exec("update test set value = 11 where id = 1");
        t1.exec("delete from test where id = 2");
        t1.exec("insert into test values (3, 30)");
        assertThat(t2.idValues("select * from test")).isEqualTo(rows(1, 10, 2, 20));
        assertThat(t2.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        t2.commit();
        t1.commit();
        assertThat(t2.idValues("select * from test")).isEqualTo(rows(1, 11, 3, 30));
        t2.commit();
    }

    /** The second insert of a key waits for the first; it fails once the first commits. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void concurrentInsertOfTheSameKeyFailsAfterTheFirstCommits(Target target) throws Exception {
        open(target);
        t1.exec("insert into test values (3, 30)");
        Future<Session.Result> t2Insert = t2.submit("insert into test values (3, 33)");
        assertBlocked(t2Insert);
        t1.commit();
        assertFails(t2Insert, UNIQUE_VIOLATION);
        t2.rollback();
        assertThat(sessions.table()).isEqualTo(rows(1, 10, 2, 20, 3, 30));
    }

    /** The second insert of a key waits for the first; it succeeds once the first rolls back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void concurrentInsertOfTheSameKeySucceedsAfterTheFirstRollsBack(Target target) throws Exception {
        open(target);
        t1.exec("insert into test values (3, 30)");
        Future<Session.Result> t2Insert = t2.submit("insert into test values (3, 33)");
        assertBlocked(t2Insert);
        t1.rollback();
        assertThat(Session.await(t2Insert).updateCount()).isEqualTo(1);
        t2.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 10, 2, 20, 3, 33));
    }

    /** DDL is transactional: a table created in a rolled-back transaction never existed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void createTableRolledBackLeavesNothing(Target target) throws Exception {
        open(target);
        t1.exec("create table fresh (id int primary key, note text)");
        t1.exec("insert into fresh values (1, 'gone')");
        assertThat(t1.exec("select count(*) from fresh").single()).isEqualTo(1L);
        t1.rollback();
        assertFails(t2.submit("select * from fresh"), UNDEFINED_TABLE);
        t2.rollback();
        assertFails(UNDEFINED_TABLE, () -> sessions.database.execute("select * from fresh"));
        // The name is free again.
        t1.exec("create table fresh (id int primary key)");
        t1.commit();
        assertThat(t2.exec("select count(*) from fresh").single()).isZero();
        t2.commit();
    }
}
