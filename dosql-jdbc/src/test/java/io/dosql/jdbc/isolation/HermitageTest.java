package io.dosql.jdbc.isolation;

import static io.dosql.jdbc.isolation.Sessions.assertBlocked;
import static io.dosql.jdbc.isolation.Sessions.assertFails;
import static io.dosql.jdbc.isolation.Sessions.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Martin Kleppmann's Hermitage anomalies (github.com/ept/hermitage, postgres.md) at READ COMMITTED,
 * REPEATABLE READ and SERIALIZABLE, asserting what PostgreSQL does: which step blocks, which fails with
 * which SQLSTATE, what each read returns and what is left in the table. Every test starts from
 * {@code test(id int primary key, value int)} holding (1,10), (2,20).
 */
@Timeout(60)
class HermitageTest {
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final Map<Integer, Integer> INITIAL = rows(1, 10, 2, 20);

    private Sessions sessions;
    private Session t1;
    private Session t2;
    private Session t3;

    /** Every target at every level; each level asks for itself in a different {@link LevelForm}. */
    static Stream<Arguments> cases() {
        return cases(LevelForm.JDBC, LevelForm.SET_TRANSACTION, LevelForm.BEGIN);
    }

    /** The same, with the forms shifted so that every level is reached through every form somewhere. */
    static Stream<Arguments> casesShifted() {
        return cases(LevelForm.BEGIN, LevelForm.JDBC, LevelForm.SET_TRANSACTION);
    }

    private static Stream<Arguments> cases(LevelForm... formPerLevel) {
        return Target.all().flatMap(target -> Stream.of(Isolation.values())
                .map(level -> Arguments.of(target, level, formPerLevel[level.ordinal()])));
    }

    private void open(Target target, Isolation level, LevelForm form) throws Exception {
        sessions = new Sessions(target);
        sessions.database.createHermitageTable();
        t1 = sessions.open("T1", level, form);
        t2 = sessions.open("T2", level, form);
        t3 = sessions.open("T3", level, form);
    }

    @AfterEach
    void closeSessions() throws Exception {
        if (sessions != null) {
            sessions.close();
        }
    }

    /** G0, write cycles: the second writer of a row waits for the first at every level. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void g0WriteCycles(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        t1.exec("update test set value = 11 where id = 1");
        Future<Session.Result> t2Update = t2.submit("update test set value = 12 where id = 1");
        assertBlocked(t2Update);
        t1.exec("update test set value = 21 where id = 2");
        t1.commit();
        if (level.snapshot()) {
            assertFails(t2Update, SERIALIZATION_FAILURE);
            t2.rollback();
            assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 21));
        } else {
            Session.await(t2Update);
            assertThat(t1.idValues("select * from test")).isEqualTo(rows(1, 11, 2, 21));
            t2.exec("update test set value = 22 where id = 2");
            t2.commit();
            assertThat(sessions.table()).isEqualTo(rows(1, 12, 2, 22));
        }
    }

    /** G1a, aborted reads: a rolled-back write is never seen. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void g1aAbortedReads(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        t1.exec("update test set value = 101 where id = 1");
        assertThat(t2.idValues("select * from test")).isEqualTo(INITIAL);
        t1.rollback();
        assertThat(t2.idValues("select * from test")).isEqualTo(INITIAL);
        t2.commit();
        assertThat(sessions.table()).isEqualTo(INITIAL);
    }

    /** G1b, intermediate reads: only a transaction's final value is ever seen. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void g1bIntermediateReads(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        t1.exec("update test set value = 101 where id = 1");
        assertThat(t2.idValues("select * from test")).isEqualTo(INITIAL);
        t1.exec("update test set value = 11 where id = 1");
        t1.commit();
        // READ COMMITTED sees T1's final value; a snapshot still shows what it showed.
        assertThat(t2.idValues("select * from test"))
                .isEqualTo(level.snapshot() ? INITIAL : rows(1, 11, 2, 20));
        t2.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 20));
    }

    /** G1c, circular information flow: neither transaction sees the other's uncommitted write. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void g1cCircularInformationFlow(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        t1.exec("update test set value = 11 where id = 1");
        t2.exec("update test set value = 22 where id = 2");
        assertThat(t1.idValues("select * from test where id = 2")).isEqualTo(rows(2, 20));
        assertThat(t2.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        t1.commit();
        if (level == Isolation.SERIALIZABLE) {
            // Each read the row the other wrote: a cycle of two rw-antidependencies, the second to commit fails.
            assertFails(t2.submitCommit(), SERIALIZATION_FAILURE);
            assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 20));
        } else {
            t2.commit();
            assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 22));
        }
    }

    /** OTV, observed transaction vanishes: once T3 saw T1's writes it never sees them undone in part. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void otvObservedTransactionVanishes(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        t1.exec("update test set value = 11 where id = 1");
        t1.exec("update test set value = 19 where id = 2");
        Future<Session.Result> t2Update = t2.submit("update test set value = 12 where id = 1");
        assertBlocked(t2Update);
        t1.commit();
        if (level.snapshot()) {
            assertFails(t2Update, SERIALIZATION_FAILURE);
            t2.rollback();
            assertThat(t3.idValues("select * from test where id = 1")).isEqualTo(rows(1, 11));
            assertThat(t3.idValues("select * from test where id = 2")).isEqualTo(rows(2, 19));
            t3.commit();
            assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 19));
            return;
        }
        Session.await(t2Update);
        assertThat(t3.idValues("select * from test where id = 1")).isEqualTo(rows(1, 11));
        t2.exec("update test set value = 18 where id = 2");
        assertThat(t3.idValues("select * from test where id = 2")).isEqualTo(rows(2, 19));
        t2.commit();
        assertThat(t3.idValues("select * from test where id = 2")).isEqualTo(rows(2, 18));
        assertThat(t3.idValues("select * from test where id = 1")).isEqualTo(rows(1, 12));
        t3.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 12, 2, 18));
    }

    /** PMP, predicate-many-preceders: a predicate read again sees a concurrent insert only at READ COMMITTED. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void pmpPredicateManyPreceders(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where value = 30")).isEmpty();
        t2.exec("insert into test (id, value) values (3, 30)");
        t2.commit();
        assertThat(t1.idValues("select * from test where value % 3 = 0"))
                .isEqualTo(level.snapshot() ? rows() : rows(3, 30));
        t1.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 10, 2, 20, 3, 30));
    }

    /** PMP for write predicates: the delete re-checks its predicate on the newest row version (READ COMMITTED). */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void pmpWritePredicates(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        t1.exec("update test set value = value + 10");
        Future<Session.Result> t2Delete = t2.submit("delete from test where value = 20");
        assertBlocked(t2Delete);
        t1.commit();
        if (level.snapshot()) {
            assertFails(t2Delete, SERIALIZATION_FAILURE);
            t2.rollback();
        } else {
            // Row 2 is now 30 and no longer matches; row 1 (now 20) did not match when the delete began.
            assertThat(Session.await(t2Delete).updateCount()).isZero();
            assertThat(t2.idValues("select * from test where value = 20")).isEqualTo(rows(1, 20));
            t2.commit();
        }
        assertThat(sessions.table()).isEqualTo(rows(1, 20, 2, 30));
    }

    /** P4, lost update: READ COMMITTED lets the second writer overwrite; snapshots make it fail. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void p4LostUpdate(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        assertThat(t2.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        t1.exec("update test set value = 11 where id = 1");
        Future<Session.Result> t2Update = t2.submit("update test set value = 11 where id = 1");
        assertBlocked(t2Update);
        t1.commit();
        if (level.snapshot()) {
            assertFails(t2Update, SERIALIZATION_FAILURE);
            t2.rollback();
        } else {
            assertThat(Session.await(t2Update).updateCount()).isEqualTo(1);
            t2.commit();
        }
        assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 20));
    }

    /** G-single, read skew: READ COMMITTED sees half of T2; a snapshot sees none of it. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void gSingleReadSkew(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        t2.exec("select * from test where id = 1");
        t2.exec("select * from test where id = 2");
        t2.exec("update test set value = 12 where id = 1");
        t2.exec("update test set value = 18 where id = 2");
        t2.commit();
        assertThat(t1.idValues("select * from test where id = 2"))
                .isEqualTo(level.snapshot() ? rows(2, 20) : rows(2, 18));
        t1.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 12, 2, 18));
    }

    /** G-single with predicate dependencies. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void gSinglePredicateDependencies(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where value % 5 = 0")).isEqualTo(INITIAL);
        t2.exec("update test set value = 12 where value = 10");
        t2.commit();
        assertThat(t1.idValues("select * from test where value % 3 = 0"))
                .isEqualTo(level.snapshot() ? rows() : rows(1, 12));
        t1.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 12, 2, 20));
    }

    /** G-single-write-1: a write predicate over rows a committed transaction changed after the snapshot. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void gSingleWrite1(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        assertThat(t2.idValues("select * from test")).isEqualTo(INITIAL);
        t2.exec("update test set value = 12 where id = 1");
        t2.exec("update test set value = 18 where id = 2");
        t2.commit();
        if (level.snapshot()) {
            assertFails(t1.submit("delete from test where value = 20"), SERIALIZATION_FAILURE);
            t1.rollback();
        } else {
            assertThat(t1.exec("delete from test where value = 20").updateCount()).isZero();
            assertThat(t1.idValues("select * from test where id = 2")).isEqualTo(rows(2, 18));
            t1.commit();
        }
        assertThat(sessions.table()).isEqualTo(rows(1, 12, 2, 18));
    }

    /** G-single-write-2: a writer blocked by a delete goes on once the deleter rolls back. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void gSingleWrite2(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where id = 1")).isEqualTo(rows(1, 10));
        assertThat(t2.idValues("select * from test")).isEqualTo(INITIAL);
        t2.exec("update test set value = 12 where id = 1");
        assertThat(t1.exec("delete from test where value = 20").updateCount()).isEqualTo(1);
        Future<Session.Result> t2Update = t2.submit("update test set value = 18 where id = 2");
        assertBlocked(t2Update);
        t1.rollback();
        assertThat(Session.await(t2Update).updateCount()).isEqualTo(1);
        t2.commit();
        assertThat(sessions.table()).isEqualTo(rows(1, 12, 2, 18));
    }

    /** G2-item, write skew: only SERIALIZABLE refuses the second commit. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void g2ItemWriteSkew(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where id in (1,2)")).isEqualTo(INITIAL);
        assertThat(t2.idValues("select * from test where id in (1,2)")).isEqualTo(INITIAL);
        t1.exec("update test set value = 11 where id = 1");
        t2.exec("update test set value = 21 where id = 2");
        t1.commit();
        if (level == Isolation.SERIALIZABLE) {
            assertFails(t2.submitCommit(), SERIALIZATION_FAILURE);
            assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 20));
        } else {
            t2.commit();
            assertThat(sessions.table()).isEqualTo(rows(1, 11, 2, 21));
        }
    }

    /** G2, anti-dependency cycles over a predicate: both insert what the other's predicate read would see. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("casesShifted")
    void g2AntiDependencyCycles(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test where value % 3 = 0")).isEmpty();
        assertThat(t2.idValues("select * from test where value % 3 = 0")).isEmpty();
        t1.exec("insert into test (id, value) values (3, 30)");
        t2.exec("insert into test (id, value) values (4, 42)");
        t1.commit();
        if (level == Isolation.SERIALIZABLE) {
            assertFails(t2.submitCommit(), SERIALIZATION_FAILURE);
            assertThat(t3.idValues("select * from test where value % 3 = 0")).isEqualTo(rows(3, 30));
        } else {
            t2.commit();
            assertThat(t3.idValues("select * from test where value % 3 = 0")).isEqualTo(rows(3, 30, 4, 42));
        }
        t3.commit();
    }

    /** G2 with two anti-dependency edges (Fekete et al.): a read-only T3 makes T1's late write unserializable. */
    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("cases")
    void g2TwoEdges(Target target, Isolation level, LevelForm form) throws Exception {
        open(target, level, form);
        assertThat(t1.idValues("select * from test")).isEqualTo(INITIAL);
        t2.exec("update test set value = value + 5 where id = 2");
        t2.commit();
        assertThat(t3.idValues("select * from test")).isEqualTo(rows(1, 10, 2, 25));
        t3.commit();
        if (level == Isolation.SERIALIZABLE) {
            assertFails(t1.submit("update test set value = 0 where id = 1"), SERIALIZATION_FAILURE);
            t1.rollback();
            assertThat(sessions.table()).isEqualTo(rows(1, 10, 2, 25));
        } else {
            assertThat(t1.exec("update test set value = 0 where id = 1").updateCount()).isEqualTo(1);
            t1.commit();
            assertThat(sessions.table()).isEqualTo(rows(1, 0, 2, 25));
        }
    }
}
