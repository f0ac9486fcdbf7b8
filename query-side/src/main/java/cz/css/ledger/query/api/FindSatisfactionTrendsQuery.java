package cz.css.ledger.query.api;

/**
 * Satisfaction and time to resolution per week, month or quarter over the calendar steps that
 * {@code period} touches; answers a {@link TrendsView}.
 */
public record FindSatisfactionTrendsQuery(TrendGranularity granularity, StatisticsPeriod period, TrendFilter filter) {
}
