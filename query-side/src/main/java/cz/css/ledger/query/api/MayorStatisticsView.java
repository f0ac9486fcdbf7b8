package cz.css.ledger.query.api;

import java.time.Instant;
import java.util.List;

/**
 * The mayor's statistics of one municipality; docs/statistics.md defines every figure.
 *
 * @param asOf the instant the backlogs of the period are counted at
 * @param previousAsOf the instant the backlogs of the previous period are counted at (its end)
 * @param received requests received in the period
 * @param byStatus requests received in the period, by their status now
 * @param resolvedByCss requests received in the period that the CSS resolved itself
 * @param routedToMunicipality requests received in the period that the CSS routed to the municipality
 * @param mayorNotInformed requests the CSS resolved but had not reported to the mayor at {@code asOf}
 * @param notInformed those requests, oldest first, with their age at {@code asOf}
 * @param waitingOnMunicipality requests routed to the municipality and not yet answered at {@code asOf}
 * @param waitingByAge those requests by age bucket
 * @param timeToResolution hours from receipt to resolution, of requests resolved in the period
 * @param timeToInformMayor hours from the CSS's resolution to informing the mayor, of mayors informed in the period
 * @param satisfaction the satisfaction surveys offered in the period
 */
public record MayorStatisticsView(
        String municipalityCode,
        StatisticsPeriod period,
        StatisticsPeriod previousPeriod,
        Instant asOf,
        Instant previousAsOf,
        CountFigure received,
        List<GroupFigure> byStatus,
        List<GroupFigure> byAgenda,
        List<GroupFigure> byKind,
        List<GroupFigure> byChannel,
        CountFigure resolvedByCss,
        CountFigure routedToMunicipality,
        CountFigure mayorNotInformed,
        List<NotInformedView> notInformed,
        CountFigure waitingOnMunicipality,
        List<GroupFigure> waitingByAge,
        DurationFigures timeToResolution,
        DurationFigures timeToInformMayor,
        SatisfactionFigures satisfaction) {

    /** A count in the period, in the previous period, and the change (current minus previous). */
    public record CountFigure(long current, long previous, long change) {
        public static CountFigure of(long current, long previous) {
            return new CountFigure(current, previous, current - previous);
        }
    }

    /** A count of one group (a status, an agenda, an age bucket...) in both periods. */
    public record GroupFigure(String key, long current, long previous, long change) {
        public static GroupFigure of(String key, long current, long previous) {
            return new GroupFigure(key, current, previous, current - previous);
        }
    }

    /** A decimal figure in both periods; null where there is nothing to compute it from, or it is withheld. */
    public record DecimalFigure(Double current, Double previous, Double change) {
        public static DecimalFigure of(Double current, Double previous) {
            return new DecimalFigure(current, previous,
                    current == null || previous == null ? null : current - previous);
        }
    }

    /** How many durations, their median and 90th percentile in hours. */
    public record DurationFigures(CountFigure count, DecimalFigure medianHours, DecimalFigure p90Hours) {
    }

    /**
     * Surveys offered, answers, response rate (answers / offers), average score and the share of answers
     * saying the matter was resolved. An average or share over fewer answers than the minimum is withheld.
     */
    public record SatisfactionFigures(CountFigure offered, CountFigure responses, DecimalFigure responseRate,
            DecimalFigure averageScore, DecimalFigure resolvedShare, boolean withheld, boolean previousWithheld,
            int minimumAnswers) {
    }

    /** A request resolved by the CSS whose mayor had not been informed yet, and how long it has waited. */
    public record NotInformedView(String registrationNumber, String agendaCode, Instant resolvedAt, long ageDays) {
    }
}
