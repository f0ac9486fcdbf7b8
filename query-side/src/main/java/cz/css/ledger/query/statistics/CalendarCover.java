package cz.css.ledger.query.statistics;

import cz.css.ledger.query.api.StatisticsPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A period as the fewest whole calendar steps the aggregates keep: the months inside it, then the ISO weeks inside
 * what is left at either end, then single days. Each day of the period is in exactly one step; a 90-day period is
 * at most a few months, a few weeks and twelve days.
 */
record CalendarCover(List<LocalDate> months, List<LocalDate> weeks, List<LocalDate> days) {

    static CalendarCover of(StatisticsPeriod period) {
        var cover = new CalendarCover(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        LocalDate month = period.from().getDayOfMonth() == 1 ? period.from() : period.from().withDayOfMonth(1)
                .plusMonths(1);
        LocalDate firstMonth = month;
        while (!month.plusMonths(1).minusDays(1).isAfter(period.to())) {
            cover.months.add(month);
            month = month.plusMonths(1);
        }
        if (cover.months.isEmpty()) {
            cover.weeksAndDays(period.from(), period.to());
        } else {
            cover.weeksAndDays(period.from(), firstMonth.minusDays(1));
            cover.weeksAndDays(month, period.to());
        }
        return cover;
    }

    /** The steps by granularity, those of none left out. */
    Map<Granularity, List<LocalDate>> steps() {
        var steps = new java.util.EnumMap<Granularity, List<LocalDate>>(Granularity.class);
        if (!months.isEmpty()) {
            steps.put(Granularity.MONTH, months);
        }
        if (!weeks.isEmpty()) {
            steps.put(Granularity.WEEK, weeks);
        }
        if (!days.isEmpty()) {
            steps.put(Granularity.DAY, days);
        }
        return steps;
    }

    /** The whole weeks from {@code first} to {@code last} (included), and the days before and after them. */
    private void weeksAndDays(LocalDate first, LocalDate last) {
        LocalDate week = first;
        while (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            week = week.plusDays(1);
        }
        LocalDate firstWeek = week;
        int weeksBefore = weeks.size();
        while (!week.plusDays(6).isAfter(last)) {
            weeks.add(week);
            week = week.plusWeeks(1);
        }
        if (weeks.size() == weeksBefore) {
            addDays(first, last);
        } else {
            addDays(first, firstWeek.minusDays(1));
            addDays(week, last);
        }
    }

    private void addDays(LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
    }
}
