package cz.css.ledger.query.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The analysts' trends: one point per calendar step, none left out, oldest first.
 *
 * @param minimumAnswers averages over fewer answers than this are withheld
 */
public record TrendsView(TrendGranularity granularity, TrendFilter filter, int minimumAnswers,
        List<TrendPoint> points) {

    /**
     * One calendar step.
     *
     * @param label 2026-W10, 2026-03 or 2026-Q1
     * @param surveysOffered satisfaction surveys offered in the step
     * @param responses of those, the ones answered (so far)
     * @param responseRate responses / surveysOffered, null without offers
     * @param averageScore mean score of the responses, null when withheld or without responses
     * @param averageWithheld true when there are responses, but fewer than the minimum
     * @param resolvedShare share of the responses saying the matter was resolved (YES), withheld like the average
     * @param resolved requests resolved in the step
     * @param medianResolutionHours median hours from receipt to resolution of those requests
     * @param p90ResolutionHours 90th percentile of the same
     */
    public record TrendPoint(String label, LocalDate start, LocalDate end, long surveysOffered, long responses,
            Double responseRate, Double averageScore, boolean averageWithheld, Double resolvedShare, long resolved,
            Double medianResolutionHours, Double p90ResolutionHours) {
    }
}
