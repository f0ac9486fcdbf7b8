package cz.css.ledger.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.query.api.StatisticsPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalendarCoverTest {

    @Test
    void ninetyDaysAreTheirWholeMonthsThenWholeWeeksThenDays() {
        // 3 September - 1 December 2026: September's days 3-6, weeks from Monday 7 to Sunday 27, days 28-30,
        // October and November, 1 December
        var cover = CalendarCover.of(new StatisticsPeriod(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 1)));
        assertThat(cover.months()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(cover.weeks()).containsExactly(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 14),
                LocalDate.of(2026, 9, 21));
        assertThat(cover.days()).containsExactly(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 4),
                LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 6), LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void everyDayOfAnyPeriodIsInExactlyOneWholeStepOfIt() {
        var random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(800));
            var period = new StatisticsPeriod(from, from.plusDays(random.nextInt(400)));
            var cover = CalendarCover.of(period);
            var days = new ArrayList<LocalDate>();
            cover.months().forEach(month -> days.addAll(days(month, month.plusMonths(1))));
            cover.weeks().forEach(week -> {
                assertThat(week.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                days.addAll(days(week, week.plusWeeks(1)));
            });
            days.addAll(cover.days());
            assertThat(days).as("%s", period).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(days(period.from(), period.to().plusDays(1)));
            assertThat(cover.days()).as("%s", period).hasSizeLessThanOrEqualTo(24);
        }
    }

    private static List<LocalDate> days(LocalDate first, LocalDate end) {
        return first.datesUntil(end).toList();
    }
}
