package cz.css.ledger.query.statistics;

import cz.css.ledger.query.api.FindSatisfactionTrendsQuery;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendsView;
import cz.css.ledger.query.api.TrendsView.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;

/** Computes the analysts' trends: one point per calendar step, none left out. */
final class SatisfactionTrends {
    /** More points than this are refused: roughly ten years of weeks. */
    static final int MAX_POINTS = 530;

    private final StatisticsSql sql;
    private final int minimumAnswers;

    SatisfactionTrends(StatisticsSql sql, int minimumAnswers) {
        this.sql = sql;
        this.minimumAnswers = minimumAnswers;
    }

    TrendsView of(FindSatisfactionTrendsQuery query) {
        var granularity = query.granularity();
        TrendFilter filter = query.filter() == null ? TrendFilter.none() : query.filter();
        StatisticsPeriod steps = CalendarSteps.wholeSteps(query.period(), granularity);
        var surveys = sql.surveysByStep(granularity, filter, steps);
        var resolutions = sql.resolutionTimesByStep(granularity, filter, steps);
        var points = new ArrayList<TrendPoint>();
        for (LocalDate start = steps.from(); !start.isAfter(steps.to()); start = CalendarSteps.next(start, granularity)) {
            if (points.size() == MAX_POINTS) {
                throw new cz.css.ledger.api.InvalidInputException("A trend has at most " + MAX_POINTS
                        + " points; choose a longer step or a shorter period");
            }
            LocalDate end = CalendarSteps.next(start, granularity).minusDays(1);
            SurveyCounts counts = surveys.getOrDefault(start, SurveyCounts.NONE);
            DurationSummary resolved = resolutions.getOrDefault(start, DurationSummary.NONE);
            points.add(new TrendPoint(CalendarSteps.label(start, granularity), start, end, counts.offered(),
                    counts.responses(), counts.responseRate(), counts.averageScore(minimumAnswers),
                    counts.withheld(minimumAnswers), counts.resolvedShare(minimumAnswers), resolved.count(),
                    resolved.medianHours(), resolved.p90Hours()));
        }
        return new TrendsView(granularity, filter, minimumAnswers, points);
    }
}
