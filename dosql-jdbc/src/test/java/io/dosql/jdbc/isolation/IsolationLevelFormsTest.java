package io.dosql.jdbc.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way of asking for an isolation level reaches the transaction, and it lasts for later transactions. */
@Timeout(60)
class IsolationLevelFormsTest {
    private Sessions sessions;

    static Stream<Arguments> everyForm() {
        return Target.all().flatMap(target -> Stream.of(Isolation.values()).flatMap(level ->
                Stream.of(LevelForm.values()).map(form -> Arguments.of(target, level, form))));
    }

    @AfterEach
    void closeSessions() throws Exception {
        if (sessions != null) {
            sessions.close();
        }
    }

    @ParameterizedTest(name = "{0} {1} via {2}")
    @MethodSource("everyForm")
    void transactionRunsAtTheRequestedLevel(Target target, Isolation level, LevelForm form) throws Exception {
        sessions = new Sessions(target);
        Session session = sessions.open("T", level, form);
        String expected = level.sql.toLowerCase(Locale.ROOT);
        assertThat(session.exec("select current_setting('transaction_isolation')").rows())
                .isEqualTo(List.of(List.of(expected)));
        session.commit();
        // The next transaction starts at the same level (the session re-asks or the connection remembers).
        assertThat(session.exec("show transaction_isolation").rows()).isEqualTo(List.of(List.of(expected)));
        session.rollback();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dosql.jdbc.isolation.Target#all")
    void defaultLevelIsReadCommitted(Target target) throws Exception {
        sessions = new Sessions(target);
        try (var connection = sessions.database.connect();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("show transaction_isolation")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("read committed");
        }
    }
}
