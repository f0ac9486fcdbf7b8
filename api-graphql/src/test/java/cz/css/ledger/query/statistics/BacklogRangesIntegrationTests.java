package cz.css.ledger.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import cz.css.ledger.query.api.MayorStatisticsView.NotInformedView;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the mayor's backlogs as of an instant are read as waiting times containing it (GiST indexes, V15):
 * they must list exactly what the two comparisons H2 runs list, at the edges too. Facts of a municipality code no
 * other test uses, removed afterwards.
 */
@PostgresIntegrationTest
class BacklogRangesIntegrationTests {
    static final String TOWN = "999901";
    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    StatisticsSql ranges;
    StatisticsSql comparisons;
    int made;

    @AfterEach
    void removeFacts() {
        jdbc.update("delete from statistics_request_fact where municipality_code = ?", TOWN);
    }

    @Test
    void theMayorsBacklogAsOfAnInstantHoldsWhatWasResolvedBeforeItAndNotInformedBeforeIt() {
        sqls();
        String waiting = fact("CSS", T.minusSeconds(3600), null, null, null);
        String informedAtTheInstant = fact("CSS", T.minusSeconds(3600), T, null, null);
        String informedAfter = fact("CSS", T.minus(Duration.ofDays(3)), T.plusSeconds(1), null, null);
        fact("CSS", T.minusSeconds(3600), T.minusSeconds(1), null, null);
        fact("CSS", T, null, null, null);
        fact("CSS", T.plusSeconds(60), null, null, null);
        fact("CSS", T.minusSeconds(60), T.minusSeconds(120), null, null);
        fact("MUNICIPALITY", T.minusSeconds(3600), null, null, null);

        List<NotInformedView> backlog = ranges.mayorNotInformed(TOWN, T);

        assertThat(backlog).extracting(NotInformedView::registrationNumber)
                .containsExactly(informedAfter, waiting, informedAtTheInstant);
        assertThat(backlog).isEqualTo(comparisons.mayorNotInformed(TOWN, T));
    }

    @Test
    void theRoutedBacklogAsOfAnInstantHoldsWhatWasRoutedBeforeItAndNotAnsweredBeforeIt() {
        sqls();
        fact("MUNICIPALITY", null, null, T.minusSeconds(3600), null);
        fact("MUNICIPALITY", null, null, T.minusSeconds(7200), T);
        fact("MUNICIPALITY", null, null, T.minusSeconds(7200), T.minusSeconds(1));
        fact("MUNICIPALITY", null, null, T, null);
        fact("MUNICIPALITY", null, null, T.minusSeconds(60), T.minusSeconds(120));
        fact("CSS", T.minusSeconds(60), null, null, null);

        assertThat(ranges.waitingOnMunicipalitySince(TOWN, T))
                .containsExactlyInAnyOrder(T.minusSeconds(3600), T.minusSeconds(7200));
        assertThat(ranges.waitingOnMunicipalitySince(TOWN, T))
                .containsExactlyInAnyOrderElementsOf(comparisons.waitingOnMunicipalitySince(TOWN, T));
    }

    @Test
    void rangesAndComparisonsAgreeOnRandomHistoriesAtEveryInstantAsked() {
        sqls();
        var random = new Random(42);
        for (int i = 0; i < 300; i++) {
            Instant start = T.plusSeconds(random.nextInt(20 * 3600) - 10 * 3600);
            Instant end = random.nextInt(4) == 0 ? null : start.plusSeconds(random.nextInt(6 * 3600) - 3600);
            if (random.nextBoolean()) {
                fact(random.nextInt(5) == 0 ? "MUNICIPALITY" : "CSS", start, end, null, null);
            } else {
                fact("MUNICIPALITY", null, null, start, end);
            }
        }
        for (int hour = -11; hour <= 12; hour++) {
            Instant at = T.plusSeconds(hour * 3600L);
            assertThat(ranges.mayorNotInformed(TOWN, at)).as("not informed as of %s", at)
                    .isEqualTo(comparisons.mayorNotInformed(TOWN, at));
            assertThat(ranges.waitingOnMunicipalitySince(TOWN, at)).as("waiting as of %s", at)
                    .containsExactlyInAnyOrderElementsOf(comparisons.waitingOnMunicipalitySince(TOWN, at));
        }
        assertThat(comparisons.mayorNotInformed(TOWN, T)).isNotEmpty();
        assertThat(comparisons.waitingOnMunicipalitySince(TOWN, T)).isNotEmpty();
    }

    private void sqls() {
        ranges = new StatisticsSql(dataSource, true);
        comparisons = new StatisticsSql(dataSource, false);
    }

    /** A fact of the town; returns its registration number. */
    private String fact(String resolver, Instant resolvedAt, Instant mayorInformedAt, Instant routedAt,
            Instant routingEndedAt) {
        String number = String.format("TEST-%06d", ++made);
        jdbc.update("insert into statistics_request_fact (request_id, registration_number, municipality_code,"
                        + " agenda_code, kind, channel, status, received_at, resolver, resolved_at, mayor_informed_at,"
                        + " routed_at, routing_ended_at, version) values (?, ?, ?, 'A1', 'REQUEST', 'PHONE', 'RECEIVED',"
                        + " ?, ?, ?, ?, ?, ?, 0)", UUID.randomUUID().toString(), number, TOWN,
                timestamp(T.minus(Duration.ofDays(30))), resolvedAt == null ? null : resolver, timestamp(resolvedAt),
                timestamp(mayorInformedAt), timestamp(routedAt), timestamp(routingEndedAt));
        return number;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
