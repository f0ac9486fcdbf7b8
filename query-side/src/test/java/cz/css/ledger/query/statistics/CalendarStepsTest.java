package cz.css.ledger.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendGranularity;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarStepsTest {

    @Test
    void weeksStartOnMondayAndAreNamedByIsoWeek() {
        LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
        LocalDate monday = CalendarSteps.startOf(newYearsEve, TrendGranularity.WEEK);
        assertThat(monday).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(CalendarSteps.label(monday, TrendGranularity.WEEK)).isEqualTo("2026-W01");
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertThat(CalendarSteps.startOf(LocalDate.of(2025, 8, 17), TrendGranularity.QUARTER))
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(CalendarSteps.label(LocalDate.of(2025, 7, 1), TrendGranularity.QUARTER)).isEqualTo("2025-Q3");
        assertThat(CalendarSteps.label(LocalDate.of(2025, 3, 1), TrendGranularity.MONTH)).isEqualTo("2025-03");
    }

    @Test
    void anInstantBelongsToItsPragueDay() {
        // 23:30 UTC on 31 March is already 1 April in Prague (summer time, UTC+2)
        assertThat(CalendarSteps.pragueDay(Instant.parse("2025-03-31T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void periodsRunFromPragueMidnightToPragueMidnightAcrossDaylightSaving() {
        var march = new StatisticsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(march.start()).isEqualTo(Instant.parse("2025-02-28T23:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2025-03-31T22:00:00Z"));
        assertThat(march.days()).isEqualTo(31);
        assertThat(march.previous()).isEqualTo(new StatisticsPeriod(LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 2, 28)));
    }

    @Test
    void trendsCoverWholeSteps() {
        var period = new StatisticsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(CalendarSteps.wholeSteps(period, TrendGranularity.WEEK)).isEqualTo(new StatisticsPeriod(
                LocalDate.of(2025, 2, 24), LocalDate.of(2025, 4, 6)));
        assertThat(CalendarSteps.wholeSteps(period, TrendGranularity.QUARTER)).isEqualTo(new StatisticsPeriod(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    }
}
