package cz.css.ledger.query.api;

import java.time.Instant;

/**
 * The mayor's statistics of one municipality for a period, each figure next to the previous period
 * of the same length; answers a {@link MayorStatisticsView}. Backlogs are counted as of the period's
 * end, or {@code now} while the period is still running.
 */
public record FindMayorStatisticsQuery(String municipalityCode, StatisticsPeriod period, Instant now) {
}
