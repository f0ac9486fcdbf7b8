package cz.css.ledger.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cz.css.ledger.query.QuerySideTestApplication;
import cz.css.ledger.query.statistics.ReceivedGroups.Dimension;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The statements on facts and their aggregates written directly, on H2 (the embedded default): counts and
 * percentiles of the mayor's periods and the trends' steps. The percentiles come from histograms (exact here, each
 * duration alone in its bucket) and are interpolated in double precision, as on PostgreSQL; a trend filtered by
 * agenda, kind or channel reads the facts, where H2's {@code percentile_cont} interpolates in exact decimals.
 */
@SpringBootTest(classes = QuerySideTestApplication.class)
class StatisticsSqlIntegrationTests {
    static final String MUNICIPALITY = "583120";
    static final long HOUR = 3600;
    /** March 2025 in Prague and the 31 days before it. */
    static final StatisticsPeriod MARCH = new StatisticsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
    static final Compared<StatisticsPeriod> MARCH_AND_BEFORE = new Compared<>(MARCH, MARCH.previous());

    @Autowired
    StatisticsSql sql;
    @Autowired
    DataSource dataSource;
    @Autowired
    StatisticsAggregates aggregates;
    @MockitoBean
    QueryUpdateEmitter emitter;

    int requests;

    @BeforeEach
    void noFacts() {
        JdbcClient.create(dataSource).sql("delete from statistics_request_fact").update();
        aggregates.reset();
    }

    @Test
    void medianOfAnEvenCountIsHalfwayBetweenTheMiddleValuesAndP90Interpolates() {
        resolvedAfterHours("2025-03-03T08:00:00Z", 1, 3, 5, 97);
        // median: rank 1.5 -> 3 + 0.5 * 2 = 4; p90: rank 2.7 -> 5 + 0.7 * (97 - 5) = 69.4
        assertThat(sql.resolutionTimes(MUNICIPALITY, MARCH_AND_BEFORE).current())
                .isEqualTo(new DurationSummary(4, 4.0, (5 * HOUR + 0.7000000000000002 * 92 * HOUR) / HOUR));
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        resolvedAfterHours("2025-03-03T08:00:00Z", 9, 1, 5);
        // p90: rank 1.8 -> 5 + 0.8 * 4 = 8.2
        assertThat(sql.resolutionTimes(MUNICIPALITY, MARCH_AND_BEFORE).current())
                .isEqualTo(new DurationSummary(3, 5.0, 8.2));
    }

    @Test
    void oneValueIsEveryPercentile() {
        resolvedAfterHours("2025-03-03T08:00:00Z", 7);
        assertThat(sql.resolutionTimes(MUNICIPALITY, MARCH_AND_BEFORE).current())
                .isEqualTo(new DurationSummary(1, 7.0, 7.0));
    }

    @Test
    void noValuesHaveNoPercentile() {
        resolvedAfterHours("2025-03-03T08:00:00Z", 7);
        assertThat(sql.resolutionTimes(MUNICIPALITY, MARCH_AND_BEFORE).previous()).isEqualTo(DurationSummary.NONE);
        assertThat(sql.resolutionTimes("582956", MARCH_AND_BEFORE)).isEqualTo(
                new Compared<>(DurationSummary.NONE, DurationSummary.NONE));
    }

    @Test
    void oneStatementSplitsThePeriodsWhereTheCurrentOneStarts() {
        // March starts at midnight in Prague, 23:00 UTC the day before
        resolvedAfterHours("2025-02-28T22:59:59Z", 2); // received 28 February
        resolvedAfterHours("2025-02-28T23:00:00Z", 4); // received 28 February
        resolvedAfterHours("2025-03-15T12:00:00Z", 1); // received 15 March
        resolvedAfterHours("2025-03-31T21:59:59Z", 6); // received 31 March
        resolvedAfterHours("2025-03-31T22:00:00Z", 100); // received 27 March, resolved in April
        resolvedAfterHours("2025-01-28T22:59:59Z", 1); // received and resolved before the previous period
        // resolved in March: 1 h, 4 h, 6 h (median 4, p90 at rank 1.8: 4 + 0.8 * 2 = 5.6); before: 2 h
        assertThat(sql.resolutionTimes(MUNICIPALITY, MARCH_AND_BEFORE)).isEqualTo(new Compared<>(
                new DurationSummary(3, 4.0, 5.6), new DurationSummary(1, 2.0, 2.0)));
        // received in March: the three received in March; before: the two received on 28 February
        var received = sql.received(MUNICIPALITY, MARCH_AND_BEFORE);
        assertThat(received.current().counts()).isEqualTo(new ReceivedCounts(3, 3, 0));
        assertThat(received.previous().counts()).isEqualTo(new ReceivedCounts(2, 2, 0));
        assertThat(received.current().by(Dimension.STATUS)).isEqualTo(Map.of("RESOLVED_BY_CSS", 3L));
        assertThat(received.previous().by(Dimension.STATUS)).isEqualTo(Map.of("RESOLVED_BY_CSS", 2L));
    }

    @Test
    void intervalsThatAreNotAdjacentAreRefused() {
        var januaryAndMarch = new Compared<>(MARCH, MARCH.previous().previous());
        assertThatThrownBy(() -> sql.received(MUNICIPALITY, januaryAndMarch))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trendHasThePercentilesOfEachStepAndNoStepWithoutResolutions() {
        resolvedAfterHours("2025-01-10T08:00:00Z", 1, 3, 5, 97);
        resolvedAfterHours("2025-03-10T08:00:00Z", 10);
        var firstQuarter = new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(sql.resolutionTimesByStep(TrendGranularity.MONTH, TrendFilter.none(), firstQuarter))
                .containsExactly(
                        Map.entry(LocalDate.of(2025, 1, 1), new DurationSummary(4, 4.0,
                                (5 * HOUR + 0.7000000000000002 * 92 * HOUR) / HOUR)),
                        Map.entry(LocalDate.of(2025, 3, 1), new DurationSummary(1, 10.0, 10.0)));
    }

    @Test
    void trendFilteredByAgendaReadsTheFactsExactly() {
        resolvedAfterHours("2025-01-10T08:00:00Z", 1, 3, 5, 97);
        var january = new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        // percentile_cont in H2 interpolates in exact decimals: 5 h + 0.7 * 92 h is 69.4 to the last digit
        assertThat(sql.resolutionTimesByStep(TrendGranularity.MONTH,
                new TrendFilter(null, "PORUCHY", null, null, null), january))
                .containsExactly(Map.entry(LocalDate.of(2025, 1, 1), new DurationSummary(4, 4.0, 69.4)));
    }

    @Test
    void periodReadsTheWholeMonthsWeeksAndDaysThatMakeItUp() {
        // 10 February - 20 March: days 10-16 February are a week, 17-28 February two weeks and days, March 1-20
        // weeks and days; and the 39 days before it
        resolvedAfterHours("2025-02-10T08:00:00Z", 1);
        resolvedAfterHours("2025-02-16T22:59:59Z", 2); // Sunday 23:59:59 in Prague
        resolvedAfterHours("2025-02-16T23:00:00Z", 3); // Monday 17 February
        resolvedAfterHours("2025-03-20T22:59:59Z", 4); // the last second of 20 March
        resolvedAfterHours("2025-03-20T23:00:00Z", 5); // 21 March: after the period
        resolvedAfterHours("2025-01-31T12:00:00Z", 6); // in the period before
        var period = new StatisticsPeriod(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 20));
        var times = sql.resolutionTimes(MUNICIPALITY, new Compared<>(period, period.previous()));
        // 1, 2, 3, 4 h: median 2.5, p90 at rank 2.7 = 3.7
        assertThat(times.current().count()).isEqualTo(4);
        assertThat(times.current().medianHours()).isCloseTo(2.5, within(1e-9));
        assertThat(times.current().p90Hours()).isCloseTo(3.7, within(1e-9));
        assertThat(times.previous()).isEqualTo(new DurationSummary(1, 6.0, 6.0));
    }

    /** Requests resolved by the CSS at {@code resolvedAt}, each the given hours after its receipt. */
    private void resolvedAfterHours(String resolvedAt, long... hours) {
        Instant resolved = Instant.parse(resolvedAt);
        for (long h : hours) {
            Instant received = resolved.minusSeconds(h * HOUR);
            JdbcClient.create(dataSource).sql("insert into statistics_request_fact (request_id, registration_number,"
                            + " municipality_code, agenda_code, kind, channel, status, received_at, resolver,"
                            + " resolved_at, resolution_seconds, resolved_week, resolved_month, resolved_quarter,"
                            + " version) values (:id, :id, :m, 'PORUCHY', 'REQUEST', 'PHONE', 'RESOLVED_BY_CSS',"
                            + " :received, 'CSS', :resolved, :seconds, :week, :month, :quarter, 1)")
                    .param("id", "request-" + ++requests).param("m", MUNICIPALITY)
                    .param("received", utc(received)).param("resolved", utc(resolved)).param("seconds", h * HOUR)
                    .param("week", RequestFact.step(resolved, TrendGranularity.WEEK))
                    .param("month", RequestFact.step(resolved, TrendGranularity.MONTH))
                    .param("quarter", RequestFact.step(resolved, TrendGranularity.QUARTER))
                    .update();
            aggregates.write(new Tally().received(MUNICIPALITY, received, "RESOLVED_BY_CSS", "PORUCHY", "REQUEST",
                    "PHONE", true, false).duration(Tally.RESOLUTION, MUNICIPALITY, "CSS", resolved, h * HOUR));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
