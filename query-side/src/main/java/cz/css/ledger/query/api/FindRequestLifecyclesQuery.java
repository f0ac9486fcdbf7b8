package cz.css.ledger.query.api;

/**
 * The requests received in a period, with the times of each step of their current life; answers a
 * list of {@link RequestLifecycleView}, oldest first. A null municipality means all.
 */
public record FindRequestLifecyclesQuery(String municipalityCode, StatisticsPeriod period) {
}
